import type { FieldError } from '@hub/core';
import { COMMON_PASSWORDS } from './common-passwords';

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 256;

/** Length and a blocklist only: no composition rules (NIST SP 800-63B). Returns what is wrong, if anything. */
export function checkPassword(password: string, context: { email?: string; name?: string } = {}): FieldError | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN) return { field: 'password', message: `Lösenordet måste ha minst ${PASSWORD_MIN} tecken.` };
  if (length > PASSWORD_MAX) return { field: 'password', message: `Lösenordet får ha högst ${PASSWORD_MAX} tecken.` };
  const lower = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lower))
    return { field: 'password', message: 'Lösenordet är för vanligt och lätt att gissa. Välj ett annat, gärna en mening.' };
  if (context.email && lower === context.email.toLowerCase())
    return { field: 'password', message: 'Lösenordet får inte vara din e-postadress.' };
  if (/^(.)\1+$/u.test(password)) return { field: 'password', message: 'Lösenordet får inte bestå av ett enda upprepat tecken.' };
  return null;
}
