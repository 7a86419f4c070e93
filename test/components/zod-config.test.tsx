import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import '../../src/app/zod-config.ts';

describe('zod configuration', () => {
  it('is jitless, so a CSP without unsafe-eval is enough', () => {
    expect(z.config().jitless).toBe(true);
  });
});
