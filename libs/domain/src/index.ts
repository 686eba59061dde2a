export * from './events';
export * from './refusal';
export * from './catalogue/purpose';
export * from './decision/decision';
export * from './commands/command';
