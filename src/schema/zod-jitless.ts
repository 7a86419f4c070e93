import { z } from 'zod';

// Imported first by every schema module, on purpose. zod decides per object schema, when the
// schema is *created*, whether to compile a fast path with `new Function`; so this must run
// before any schema is defined. A call in main.tsx ran too late once the bundler split the
// routes: the shared chunk holding the schemas is evaluated before main's own code. jitless
// keeps zod from evaluating strings, so a Content-Security-Policy without 'unsafe-eval'
// neither blocks nor reports anything.
z.config({ jitless: true });
