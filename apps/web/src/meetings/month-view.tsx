// The calendar's month view: a grid of days (Monday first, Stockholm dates), meetings as links with
// my answer, today marked. Keyboard: the grid is one tab stop (a roving tabindex on the days);
// arrows move a day or a week, Home/End to the week's start or end, Page Up/Down a month; Tab goes
// on to the meetings of the day in focus. Narrow screens show the days that have meetings as a list.
import { STOCKHOLM, stockholmDate } from '../api/stockholm-time';
import { type KeyboardEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { useI18n } from '../shared/i18n';
import { type Meeting, answerKey, meetingPath, stockholmInputs } from './meetings';
import { Link } from '../shared/router';

const pad = (n: number): string => String(n).padStart(2, '0');

/** "2026-12" → year and month, or null. */
export function parseMonth(value: string | null): { y: number; m: number } | null {
  const match = /^(\d{4})-(\d{2})$/.exec(value ?? '');
  if (!match) return null;
  const y = Number(match[1]);
  const m = Number(match[2]);
  return m >= 1 && m <= 12 && y >= 2000 && y <= 2100 ? { y, m } : null;
}

function toDate(ymd: string): Date {
  const [y, m, d] = ymd.split('-').map(Number);
  return new Date(Date.UTC(y ?? 2000, (m ?? 1) - 1, d ?? 1));
}

function fromDate(date: Date): string {
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

export function addDays(ymd: string, days: number): string {
  const date = toDate(ymd);
  date.setUTCDate(date.getUTCDate() + days);
  return fromDate(date);
}

/** The same day of another month, kept inside that month (31 January + 1 month → 28/29 February). */
export function addMonths(ymd: string, months: number): string {
  const date = toDate(ymd);
  const day = date.getUTCDate();
  const first = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(day, last));
  return fromDate(first);
}

/** 0 for Monday … 6 for Sunday. */
function weekday(ymd: string): number {
  return (toDate(ymd).getUTCDay() + 6) % 7;
}

/** The Stockholm days a meeting covers (a meeting ending at midnight does not cover the next day). */
function daysOf(meeting: Meeting): string[] {
  const start = stockholmInputs(meeting.startsAt).date;
  const end = stockholmInputs(meeting.endsAt);
  const last = end.time === '00:00' && end.date > start ? addDays(end.date, -1) : end.date;
  const days = [start];
  while (days.length < 8 && (days[days.length - 1] as string) < last) days.push(addDays(days[days.length - 1] as string, 1));
  return days;
}

export function MonthView({
  meetings,
  month,
  onMonth,
  clashes,
}: {
  meetings: readonly Meeting[];
  month: string;
  onMonth(month: string): void;
  clashes: ReadonlyMap<string, Meeting[]>;
}): ReactNode {
  const { t, lang } = useI18n();
  const locale = lang === 'sv' ? 'sv-SE' : 'en-GB';
  const parsed = parseMonth(month) ?? { y: 2026, m: 1 };
  const first = `${parsed.y}-${pad(parsed.m)}-01`;
  const count = new Date(Date.UTC(parsed.y, parsed.m, 0)).getUTCDate();
  const today = stockholmDate(new Date());
  const inMonth = (ymd: string): boolean => ymd.startsWith(month);

  const byDay = new Map<string, Meeting[]>();
  for (const m of meetings) for (const day of daysOf(m)) byDay.set(day, [...(byDay.get(day) ?? []), m]);

  const initial = (): string => (inMonth(today) ? today : ([...byDay.keys()].filter(inMonth).sort()[0] ?? first));
  const [active, setActive] = useState<string>(initial);
  const focusActive = useRef(false);
  const grid = useRef<HTMLTableElement>(null);

  // The month changed from outside (buttons, Back): the roving tab stop moves into it.
  useEffect(() => {
    if (!active.startsWith(month)) setActive(initial());
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [month]);
  useEffect(() => {
    if (!focusActive.current) return;
    focusActive.current = false;
    grid.current?.querySelector<HTMLElement>(`[data-date="${active}"]`)?.focus();
  }, [active, month]);

  const go = (day: string): void => {
    focusActive.current = true;
    setActive(day);
    if (!day.startsWith(month)) onMonth(day.slice(0, 7));
  };
  const onKey = (event: KeyboardEvent<HTMLTableCellElement>, day: string): void => {
    if (event.target !== event.currentTarget || event.altKey || event.ctrlKey || event.metaKey) return;
    const moves: Record<string, () => string> = {
      ArrowLeft: () => addDays(day, -1),
      ArrowRight: () => addDays(day, 1),
      ArrowUp: () => addDays(day, -7),
      ArrowDown: () => addDays(day, 7),
      Home: () => addDays(day, -weekday(day)),
      End: () => addDays(day, 6 - weekday(day)),
      PageUp: () => addMonths(day, -1),
      PageDown: () => addMonths(day, 1),
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    go(move());
  };

  const weekdayLong = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', weekday: 'long' });
  const weekdayShort = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', weekday: 'short' });
  const dayLong = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long' });
  const monthName = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', month: 'long', year: 'numeric' }).format(toDate(first));
  const clock = new Intl.DateTimeFormat(locale, { timeZone: STOCKHOLM, hour: '2-digit', minute: '2-digit' });
  const monday = toDate('2024-01-01');

  const cells: Array<string | null> = [...Array<null>(weekday(first)).fill(null)];
  for (let d = 1; d <= count; d++) cells.push(`${month}-${pad(d)}`);
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: Array<Array<string | null>> = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));

  const answer = (m: Meeting): string =>
    m.myAnswer ? (m.myAnswer.waitlisted ? t('meetings.answer.waitlisted') : t(answerKey(m.myAnswer.answer))) : t('calendar.noAnswerShort');

  return (
    <section aria-labelledby="month-heading" className="month-view">
      <div className="month-bar">
        <h2 id="month-heading" className="month-name" aria-live="polite">
          {monthName}
        </h2>
        <div className="actions">
          <button type="button" className="button small" onClick={() => onMonth(addMonths(first, -1).slice(0, 7))}>
            <span aria-hidden="true">← </span>
            {t('calendar.prevMonth')}
          </button>
          <button
            type="button"
            className="button small"
            onClick={() => !inMonth(today) && onMonth(today.slice(0, 7))}
            aria-disabled={inMonth(today) || undefined}
          >
            {t('calendar.thisMonth')}
          </button>
          <button type="button" className="button small" onClick={() => onMonth(addMonths(first, 1).slice(0, 7))}>
            {t('calendar.nextMonth')}
            <span aria-hidden="true"> →</span>
          </button>
        </div>
      </div>
      <p className="hint" id="month-hint">
        {t('calendar.monthHint')}
      </p>
      <table role="grid" className="month-grid" aria-labelledby="month-heading" aria-describedby="month-hint" ref={grid}>
        <thead>
          <tr>
            {Array.from({ length: 7 }, (_, i) => {
              const date = new Date(monday.getTime() + i * 86_400_000);
              return (
                <th key={i} scope="col">
                  <span aria-hidden="true">{weekdayShort.format(date)}</span>
                  <span className="visually-hidden">{weekdayLong.format(date)}</span>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week, w) => (
            <tr key={w}>
              {week.map((day, i) => {
                if (!day) return <td key={`empty-${w}-${i}`} className="outside" />;
                const list = byDay.get(day) ?? [];
                const isToday = day === today;
                const isActive = day === active;
                const classes = ['day', isToday ? 'is-today' : '', isActive ? 'active' : '', list.length === 0 ? 'no-meetings' : '']
                  .filter(Boolean)
                  .join(' ');
                return (
                  <td
                    key={day}
                    data-date={day}
                    className={classes}
                    tabIndex={isActive ? 0 : -1}
                    aria-current={isToday ? 'date' : undefined}
                    onKeyDown={(e) => onKey(e, day)}
                    onFocus={() => setActive(day)}
                  >
                    <div className="day-label">
                      <span className="day-number" aria-hidden="true">
                        {Number(day.slice(8))}
                      </span>
                      <span className="day-full">{dayLong.format(toDate(day))}</span>
                      {isToday && <span className="today-mark">{t('calendar.today')}</span>}
                    </div>
                    {list.length > 0 && (
                      <ul className="day-meetings">
                        {list.map((m) => (
                          <li key={m.id} className={m.cancelled ? 'day-meeting cancelled' : 'day-meeting'}>
                            <Link to={meetingPath(m.id)} tabIndex={isActive ? 0 : -1}>
                              <span className="day-meeting-time">{clock.format(new Date(m.startsAt))}</span> {m.title}
                              <span className="visually-hidden">, {m.networkName}</span>
                            </Link>
                            <span className="day-answer">
                              <span className="visually-hidden">{t('calendar.yourAnswer')} </span>
                              {answer(m)}
                            </span>
                            {m.cancelled && <span className="badge badge-closed">{t('meetings.cancelled')}</span>}
                            {clashes.has(m.id) && <span className="badge badge-error">{t('calendar.clash')}</span>}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
