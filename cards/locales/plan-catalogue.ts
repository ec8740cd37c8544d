// Strings of the activity catalogue card (insatskatalog). Swedish first; English typed by it.
export const sv = {
  title: 'Insatskatalog',
  intro:
    'Målinriktade insatser som handläggare kan välja i planen. En utgången typ erbjuds inte längre men syns i gamla planer.',
  add: 'Lägg till insatstyp',
  edit: (name: string) => `Ändra: ${name}`,
  id: 'Id (små bokstäver, siffror, _)',
  nameSv: 'Namn på svenska',
  nameEn: 'Namn på engelska',
  kind: 'Slag',
  department: 'Vanlig förvaltning',
  retire: 'Utgången (erbjuds inte för nya insatser)',
  retiredMark: 'utgången',
  save: 'Spara',
  saved: 'Katalogen är sparad.',
  idTaken: 'Det id:t finns redan.',
  idFormat: 'Id: små bokstäver a–z, siffror och _ (2–40 tecken), börja med en bokstav.',
  nameRequired: 'Namn på svenska och engelska måste fyllas i.',
  unknownType: 'Insatstypen finns inte.',
};

export const en: typeof sv = {
  title: 'Activity catalogue',
  intro:
    'Goal-directed activities caseworkers can choose in the plan. A retired type is no longer offered but stays visible in old plans.',
  add: 'Add activity type',
  edit: (name) => `Edit: ${name}`,
  id: 'Id (lower-case letters, digits, _)',
  nameSv: 'Name in Swedish',
  nameEn: 'Name in English',
  kind: 'Kind',
  department: 'Usual department',
  retire: 'Retired (not offered for new activities)',
  retiredMark: 'retired',
  save: 'Save',
  saved: 'The catalogue is saved.',
  idTaken: 'That id already exists.',
  idFormat: 'Id: lower-case letters a–z, digits and _ (2–40 characters), starting with a letter.',
  nameRequired: 'The Swedish and English names are required.',
  unknownType: 'The activity type does not exist.',
};
