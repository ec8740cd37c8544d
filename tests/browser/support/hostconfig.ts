// A host config close to Microsoft Teams' light theme, so renders and screenshots look like a card in Teams.
export const TEAMS_HOST_CONFIG = {
  supportsInteractivity: true,
  fontFamily: "'Segoe UI', 'DejaVu Sans', system-ui, sans-serif",
  spacing: { small: 8, default: 12, medium: 16, large: 20, extraLarge: 24, padding: 16 },
  separator: { lineThickness: 1, lineColor: '#E1DFDD' },
  fontSizes: { small: 12, default: 14, medium: 14, large: 18, extraLarge: 24 },
  fontWeights: { lighter: 200, default: 400, bolder: 600 },
  imageSizes: { small: 32, medium: 52, large: 160 },
  containerStyles: {
    default: {
      backgroundColor: '#FFFFFF',
      foregroundColors: {
        default: { default: '#242424', subtle: '#616161' },
        dark: { default: '#252423', subtle: '#484644' },
        light: { default: '#FFFFFF', subtle: '#FFFFFF' },
        accent: { default: '#5B5FC7', subtle: '#6264A7' },
        good: { default: '#237B4B', subtle: '#2D8B55' },
        warning: { default: '#835C00', subtle: '#956A00' },
        attention: { default: '#C4314B', subtle: '#D0453F' },
      },
    },
    emphasis: {
      backgroundColor: '#F5F5F5',
      foregroundColors: {
        default: { default: '#242424', subtle: '#616161' },
        accent: { default: '#5B5FC7', subtle: '#6264A7' },
        good: { default: '#237B4B', subtle: '#2D8B55' },
        warning: { default: '#835C00', subtle: '#956A00' },
        attention: { default: '#C4314B', subtle: '#D0453F' },
      },
    },
    accent: {
      backgroundColor: '#E8EBFA',
      foregroundColors: { default: { default: '#242424', subtle: '#616161' } },
    },
    good: {
      backgroundColor: '#E7F2DA',
      foregroundColors: { default: { default: '#242424', subtle: '#616161' } },
    },
    attention: {
      backgroundColor: '#FCF4F6',
      foregroundColors: {
        default: { default: '#242424', subtle: '#616161' },
        attention: { default: '#C4314B', subtle: '#D0453F' },
      },
    },
    warning: {
      backgroundColor: '#FBF6D9',
      foregroundColors: { default: { default: '#242424', subtle: '#616161' } },
    },
  },
  actions: {
    maxActions: 6,
    spacing: 'default',
    buttonSpacing: 8,
    showCard: { actionMode: 'inline', inlineTopMargin: 16, style: 'emphasis' },
    actionsOrientation: 'horizontal',
    actionAlignment: 'left',
    iconPlacement: 'leftOfTitle',
    allowTitleToWrap: true,
  },
  adaptiveCard: { allowCustomStyle: true },
  inputs: {
    label: {
      inputSpacing: 'small',
      requiredInputs: { suffix: ' *', suffixColor: 'attention' },
      optionalInputs: {},
    },
    errorMessage: { size: 'small', spacing: 'small' },
  },
  factSet: {
    title: {
      size: 'default',
      color: 'default',
      isSubtle: false,
      weight: 'bolder',
      wrap: true,
      maxWidth: 150,
    },
    value: { size: 'default', color: 'default', isSubtle: false, weight: 'default', wrap: true },
    spacing: 12,
  },
  textBlock: { headingLevel: 2 },
  table: { cellSpacing: 8 },
};

/** Minimal Teams-like styling for buttons and inputs around the card. */
export const TEAMS_CSS = `
  body { margin: 0; background: #F5F5F5; font-family: 'Segoe UI', 'DejaVu Sans', system-ui, sans-serif; }
  #stage { background: #FFFFFF; border: 1px solid #E1DFDD; border-radius: 6px; box-sizing: border-box; overflow: hidden; }
  .ac-pushButton { background: #FFFFFF; border: 1px solid #D1D1D1; border-radius: 4px; color: #242424; font-weight: 600;
    padding: 5px 12px; min-height: 32px; font-family: inherit; font-size: 14px; cursor: pointer; }
  .ac-pushButton.style-positive, .ac-pushButton.primary { background: #5B5FC7; color: #FFFFFF; border-color: #5B5FC7; }
  .ac-pushButton.style-destructive { color: #C4314B; }
  .ac-input { font-family: inherit; font-size: 14px; }
  .ac-input.ac-textInput, .ac-input.ac-numberInput, .ac-input.ac-dateInput, .ac-input.ac-multichoiceInput, select.ac-input {
    border: 1px solid #D1D1D1; border-radius: 4px; padding: 5px 8px; min-height: 32px; box-sizing: border-box; }
`;
