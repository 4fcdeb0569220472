import { z } from 'zod';
import { baseConfigSchema, ConfigError, loadConfig } from '../src/config.ts';

describe('loadConfig', () => {
  it('applies documented defaults and treats empty strings as unset', () => {
    const config = loadConfig(baseConfigSchema, { DATABASE_URL: '', LOG_LEVEL: '' });
    expect(config).toMatchObject({ NODE_ENV: 'development', LOG_LEVEL: 'info', DB_PREFIX: 'worldgraph_' });
    expect(config.DATABASE_URL).toBeUndefined();
  });

  it('reports every invalid variable at once', () => {
    const schema = baseConfigSchema.extend({ PORT: z.coerce.number().int() });
    expect(() => loadConfig(schema, { DATABASE_URL: 'nope', PORT: 'x' })).toThrow(ConfigError);
    expect(() => loadConfig(schema, { DATABASE_URL: 'nope', PORT: 'x' })).toThrow(/DATABASE_URL[\s\S]*PORT/);
  });
});
