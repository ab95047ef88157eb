// Dates and numbers as the pages show them. Swedish (the default) is written out here instead of
// through Intl: a page's first Intl formatter loads ICU's locale data (and a date formatter builds
// its patterns), 30–100 ms of main thread on a desktop and several times that on a phone, in the
// middle of drawing the feed or a network's meetings and documents. The text is the one Intl gives
// for sv-SE (test/web/formats.test.ts checks it against Intl for many values); English still goes
// through Intl.
import { STOCKHOLM, stockholmWall } from '../api/stockholm-time';
import type { Lang } from './messages';

const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];
/** Intl's sv-SE abbreviations (dateStyle medium): a dot only where letters were left out. */
const MONTHS_SHORT = ['jan.', 'feb.', 'mars', 'apr.', 'maj', 'juni', 'juli', 'aug.', 'sep.', 'okt.', 'nov.', 'dec.'];
const WEEKDAYS = ['söndag', 'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag'];

const pad = (n: number): string => String(n).padStart(2, '0');

/** Formatters, made on first use and kept: building one costs far more than using it. */
const dateFormats = new Map<string, Intl.DateTimeFormat>();
function en(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = JSON.stringify(options);
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', options);
    dateFormats.set(key, format);
  }
  return format;
}
const numberFormats = new Map<string, Intl.NumberFormat>();
function intlNumber(lang: Lang, fractionDigits: number): Intl.NumberFormat {
  const key = `${lang} ${fractionDigits}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', { maximumFractionDigits: fractionDigits });
    numberFormats.set(key, format);
  }
  return format;
}

/**
 * "1 234,5": a number with at most `fractionDigits` decimals, as Intl writes it for the language
 * (sv: groups of three joined by a no-break space, a decimal comma). Rounded as Intl rounds: the
 * shortest decimal form of the number, a half away from zero. Negative and very large or small
 * numbers go through Intl.
 */
export function formatNumber(lang: Lang, n: number, fractionDigits: number): string {
  if (lang === 'en' || !(n === 0 || (n >= 1e-6 && n < 1e21))) return intlNumber(lang, fractionDigits).format(n);
  const [whole = '0', fraction = ''] = String(n).split('.');
  let digits = whole + fraction.slice(0, fractionDigits).padEnd(fractionDigits, '0');
  if ((fraction[fractionDigits] ?? '0') >= '5') digits = (BigInt(digits) + 1n).toString().padStart(fractionDigits + 1, '0');
  const integer = digits.slice(0, digits.length - fractionDigits);
  const decimals = digits.slice(digits.length - fractionDigits).replace(/0+$/, '');
  const grouped = integer.replace(/\B(?=(\d{3})+$)/g, '\u00a0');
  return decimals ? `${grouped},${decimals}` : grouped;
}

/** "4 dec. 2026 14:05": a date and time in the browser's time zone, as Intl's medium date and short time. */
export function formatDateTime(lang: Lang, instant: Date): string {
  if (lang === 'en') return en({ dateStyle: 'medium', timeStyle: 'short' }).format(instant);
  return `${instant.getDate()} ${MONTHS_SHORT[instant.getMonth()]} ${instant.getFullYear()} ${pad(instant.getHours())}:${pad(instant.getMinutes())}`;
}

/** "fredag 4 december 2026": the day of an instant in Stockholm. */
export function formatStockholmDay(lang: Lang, instant: Date): string {
  if (lang === 'en') return en({ timeZone: STOCKHOLM, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(instant);
  const w = stockholmWall(instant);
  const weekday = new Date(Date.UTC(w.year, w.month - 1, w.day)).getUTCDay();
  return `${WEEKDAYS[weekday]} ${w.day} ${MONTHS[w.month - 1]} ${w.year}`;
}

/** "09:05": the clock of an instant in Stockholm. */
export function formatStockholmClock(lang: Lang, instant: Date): string {
  if (lang === 'en') return en({ timeZone: STOCKHOLM, hour: '2-digit', minute: '2-digit' }).format(instant);
  const w = stockholmWall(instant);
  return `${pad(w.hour)}:${pad(w.minute)}`;
}

/** "2026-12-15" as "15 december 2026" (a date without time: no time zone shifts it); other text as it is. */
export function formatCalendarDay(lang: Lang, ymd: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(ymd);
  if (!m) return ymd;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (lang === 'en') return en({ timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(Date.UTC(year, month - 1, day)));
  // Intl reads "2026-02-31" as 3 March: so does Date.UTC.
  const date = new Date(Date.UTC(year, month - 1, day));
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}
