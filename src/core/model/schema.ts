import { z } from 'zod';

// zod compiles object parsers with `new Function` unless told not to. The pages' Content-Security-
// Policy forbids eval, and even zod's probe for it is reported as a violation: parse without it.
// Every schema imports z from here, so this runs before any of them parses.
z.config({ jitless: true });

export { z };
