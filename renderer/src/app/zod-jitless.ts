import { config } from 'zod';

// zod 4 compiles object parsers with `new Function` when it can, and probes for that with a
// first `new Function("")`. The page's CSP allows no eval, so the probe is a (caught) CSP
// violation on every start. jitless makes zod use its plain parsers and never probe. It must
// run before any schema is built: main.tsx imports this module first.
config({ jitless: true });
