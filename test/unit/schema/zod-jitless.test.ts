import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DatasetSchema } from '../../../src/schema/dataset.ts';

describe('the schema module', () => {
  it('configures zod jitless by itself, before any schema exists, so no CSP needs unsafe-eval', () => {
    expect(DatasetSchema).toBeDefined();
    expect(z.config().jitless).toBe(true);
  });
});
