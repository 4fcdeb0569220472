export * from './client.ts';
export * from './poll.ts';
export * from './live.ts';
export * from './router-process.ts';
export * from './stack.ts';
export * from './mail.ts';
export * from './sms.ts';
export * from './provider.ts';
