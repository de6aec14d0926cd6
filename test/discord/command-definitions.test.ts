import { describe, expect, it } from 'vitest';
import { commandDefinitions } from '../../adapters/discord/command-definitions.js';

describe('Discord command definitions', () => {
  it('GIVEN any corpus THEN no description names one corpus topic, and all fit Discord limits', () => {
    const text = JSON.stringify(commandDefinitions);
    expect(text).not.toMatch(/huawei|ren zhengfei|meng|5g/i);
    const descriptions = [...text.matchAll(/"description":"([^"]*)"/g)].map((m) => m[1] ?? '');
    expect(descriptions.length).toBeGreaterThan(10);
    for (const description of descriptions) expect(description.length).toBeLessThanOrEqual(100);
  });
});
