/**
 * Passwords seen most often in breach corpora, plus Swedish favourites. Lower-case; compared
 * case-insensitively. A short list on purpose: length does the rest (NIST SP 800-63B).
 */
export const COMMON_PASSWORDS: ReadonlySet<string> = new Set([
  '12345678', '123456789', '1234567890', '12341234', '87654321', '11111111', '00000000', '88888888',
  '12344321', '11223344', '123123123', '147258369', '987654321', '1q2w3e4r', '1q2w3e4r5t', 'qwertyui',
  'qwerty123', 'qwertyuiop', 'asdfghjk', 'asdfasdf', 'zxcvbnm1', '1qaz2wsx', 'password', 'password1',
  'password12', 'password123', 'passw0rd', 'p@ssw0rd', 'p@ssword', 'iloveyou', 'princess', 'sunshine',
  'football', 'baseball', 'welcome1', 'welcome123', 'letmein1', 'trustno1', 'superman', 'starwars',
  'whatever', 'dragon12', 'monkey12', 'abc12345', 'abcd1234', 'abcdefgh', 'aaaaaaaa', 'admin123',
  'administrator', 'changeme', 'computer', 'internet', 'michelle', 'jennifer', 'corvette', 'mercedes',
  'liverpool', 'chelsea1', 'arsenal1', 'qazwsxedc', 'q1w2e3r4', 'zaq12wsx', 'master12', 'hello123',
  'secret12', 'test1234', 'testtest', 'temp1234', 'default1', 'login123', 'summer2024', 'summer2025',
  'summer2026', 'winter2025', 'winter2026', 'spring2026', 'autumn2026',
  'lösenord', 'losenord', 'lösenord1', 'losenord1', 'lösenord123', 'losenord123', 'hemligt1',
  'hemligt123', 'sommar2024', 'sommar2025', 'sommar2026', 'vinter2025', 'vinter2026', 'hösten2026',
  'varen2026', 'våren2026', 'sverige1', 'sverige123', 'helsingborg', 'helsingborg1', 'familjen',
  'familjenhelsingborg', 'kommun123', 'kommunen1', 'välkommen', 'valkommen', 'välkommen1', 'valkommen1',
  'välkommen123', 'valkommen123', 'qwerty12', 'qwertyqwerty', 'natverkshubben', 'nätverkshubben',
  'januari2026', 'februari2026', 'mars2026', 'april2026', 'maj2026', 'juni2026', 'juli2026',
  'augusti2026', 'september2026', 'oktober2026', 'november2026', 'december2026',
]);
