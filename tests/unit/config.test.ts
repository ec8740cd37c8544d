import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../bot/config';

describe('configuration from the environment', () => {
  it('starts with defaults on an empty environment: port 3978, SQLite in ./data, anonymous', () => {
    const c = loadConfig({});
    expect(c.PORT).toBe(3978);
    expect(c.DATABASE_URL).toBe('./data/samsyn.db');
    expect(c.anonymous).toBe(true);
    expect(c.departments.map((d) => d.id)).toEqual([
      'vux',
      'ame',
      'ifo',
      'flykting',
      'af',
      'fk',
      'halsa',
    ]);
  });

  it('stops with a message naming the variable when a value is bad', () => {
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(/PORT/);
    expect(() => loadConfig({ EXIT_TARGET_SHARE: '30' })).toThrow(/EXIT_TARGET_SHARE/);
    expect(() => loadConfig({ DEPARTMENTS_EXTRA: '[{"id":"X Y"}]' })).toThrow(/DEPARTMENTS_EXTRA/);
  });

  it('needs BOT_PASSWORD when BOT_ID is set', () => {
    expect(() => loadConfig({ BOT_ID: 'abc' })).toThrow(/BOT_PASSWORD/);
    expect(loadConfig({ BOT_ID: 'abc', BOT_PASSWORD: 'p' }).anonymous).toBe(false);
  });

  it('reads first admins and extra departments', () => {
    const c = loadConfig({
      ADMIN_AAD_IDS: 'a, b',
      DEPARTMENTS_EXTRA:
        '[{"id":"kommunhalsa","name":{"sv":"Kommunhälsan","en":"Municipal health"}}]',
    });
    expect(c.ADMIN_AAD_IDS).toEqual(['a', 'b']);
    expect(c.departments.at(-1)?.id).toBe('kommunhalsa');
  });

  it('listens on 127.0.0.1 in anonymous mode, everywhere with BOT_ID, or where HOST says', () => {
    expect(loadConfig({}).host).toBe('127.0.0.1');
    expect(loadConfig({ HOST: '' }).host).toBe('127.0.0.1');
    expect(loadConfig({ BOT_ID: 'abc', BOT_PASSWORD: 'p' }).host).toBeUndefined();
    expect(loadConfig({ HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
  });

  it('limits the body to 2 MiB and the key fetch to 5 s unless told otherwise', () => {
    expect(loadConfig({}).MAX_BODY_BYTES).toBe(2 * 1024 * 1024);
    expect(loadConfig({}).AUTH_TIMEOUT_MS).toBe(5000);
    expect(loadConfig({ BOT_OPENID_METADATA_URL: '' }).BOT_OPENID_METADATA_URL).toBeUndefined();
    expect(() => loadConfig({ MAX_BODY_BYTES: '10' })).toThrow(/MAX_BODY_BYTES/);
    expect(loadConfig({}).HTTP_KEEP_ALIVE_SECONDS).toBe(300);
    expect(() => loadConfig({ HTTP_KEEP_ALIVE_SECONDS: '0' })).toThrow(/HTTP_KEEP_ALIVE_SECONDS/);
    expect(() => loadConfig({ AUTH_TIMEOUT_MS: 'soon' })).toThrow(/AUTH_TIMEOUT_MS/);
    expect(() => loadConfig({ BOT_OPENID_METADATA_URL: 'not a url' })).toThrow(
      /BOT_OPENID_METADATA_URL/,
    );
  });
});
