import { config } from 'zod';

// zod compiles object parsers with `new Function` unless told not to. The pages' Content-Security-
// Policy forbids eval, and even zod's probe for it is reported as a violation: parse without it.
// Every module that imports zod imports this first, so it runs before any schema parses.
config({ jitless: true });
