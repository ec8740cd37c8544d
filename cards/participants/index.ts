// Cards of the caseworker's own work with participants, one file per card. Pure functions of data and strings.
export * from './common';
export * from './consent';
export * from './handover';
export * from './list';
export * from './registration';
export * from './participant';
