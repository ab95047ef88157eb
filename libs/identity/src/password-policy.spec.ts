import { checkPassword } from './password-policy';

describe('checkPassword', () => {
  it('accepts 8 characters and long passphrases without composition rules', () => {
    expect(checkPassword('kanelbulle')).toBeNull();
    expect(checkPassword('ö'.repeat(7) + 'x')).toBeNull();
    expect(checkPassword('en mening som är lång och bara består av små bokstäver och mellanslag')).toBeNull();
    expect(checkPassword('x'.repeat(63) + 'y')).toBeNull();
  });

  it('rejects short, common and e-mail passwords, case-insensitively', () => {
    expect(checkPassword('kort')?.message).toMatch(/minst 8/);
    expect(checkPassword('Password1')?.message).toMatch(/vanligt/);
    expect(checkPassword('Lösenord123')?.message).toMatch(/vanligt/);
    expect(checkPassword('anna@bjuv.se', { email: 'anna@bjuv.se' })?.message).toMatch(/e-postadress/);
    expect(checkPassword('aaaaaaaaaa')?.message).toMatch(/upprepat/);
    expect(checkPassword('x'.repeat(257))?.message).toMatch(/högst/);
  });
});
