import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLAYGROUND_USERS, playgroundConfigYaml } from '../../scripts/playground-config';

/** The (id, aadObjectId) pairs of every user block in the YAML, in order. */
function userIds(yaml: string): { id: string; aad: string }[] {
  const re = /^\s*(?:- )?id: (\S+)\n(?:.*\n){2}\s*aadObjectId: (\S+)$/gm;
  return [...yaml.matchAll(re)].map((m) => ({ id: m[1]!, aad: m[2]! }));
}

describe('the shipped Agents Playground configuration', () => {
  it('is the generated one (edit scripts/playground-config.ts, not the file)', () => {
    const shipped = readFileSync(join(__dirname, '..', '..', '.m365agentsplayground.yml'), 'utf8');
    expect(shipped).toBe(playgroundConfigYaml('frida'));
  });

  it('has six users whose id is their AAD object id, whoever is the current user', () => {
    for (const u of PLAYGROUND_USERS) {
      const yaml = playgroundConfigYaml(u.alias);
      const ids = userIds(yaml);
      expect(ids).toHaveLength(6);
      expect(ids[0]!.aad).toBe(u.aadObjectId);
      for (const x of ids) expect(x.id).toBe(x.aad);
    }
  });
});
