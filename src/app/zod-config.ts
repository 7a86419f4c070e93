import { z } from 'zod';

// Imported first by main.tsx, on purpose. zod decides per object schema, when the schema is
// *created*, whether to compile a fast path with `new Function`; so this must run before any
// module that defines a schema is evaluated (a call in main.tsx's body would run after its
// imports, too late). jitless keeps zod from evaluating strings, so a Content-Security-Policy
// without 'unsafe-eval' neither blocks nor reports anything.
z.config({ jitless: true });
