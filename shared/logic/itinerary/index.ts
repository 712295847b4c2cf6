// The itinerary notebook: every trip of every person across accounts, and key people's birthdays.
export * from './agenda';
export * from './birthdays';
export * from './ics';
export * from './trips';
export * from './format';
export * from './notice';
export * from './cities';
