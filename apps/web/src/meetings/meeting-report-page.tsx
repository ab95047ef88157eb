// The secretariat's annual report of meetings (/admin/motesrapport?ar=2026): per network meetings
// held and cancelled, attendance, minutes published and open action items; attendance by
// municipality as a bar chart (inline SVG, hidden from assistive technology) whose numbers are in
// the table next to it; the same report as CSV for Excel.
import { stockholmDate } from '../api/stockholm-time';
import { type ReactNode } from 'react';
import { type Schemas, api, unwrap } from '../api/client';
import { useI18n } from '../shared/i18n';
import { Link, navigate, useSearchParam } from '../shared/router';
import { ErrorMessage, Loading, Page, SelectField, TableRegion } from '../shared/ui';
import { useHubQuery } from '../shared/query';

type NetworkReport = Schemas['NetworkReportDto'];

const FIRST_YEAR = 2020;

export function meetingReportPath(year: number): string {
  return `/admin/motesrapport?ar=${year}`;
}

/** Attendance summed over all networks, largest first. */
function byMunicipality(networks: readonly NetworkReport[]): Array<{ municipality: string; attendees: number }> {
  const sums = new Map<string, number>();
  for (const n of networks) for (const m of n.byMunicipality) sums.set(m.municipality, (sums.get(m.municipality) ?? 0) + m.attendees);
  return [...sums.entries()]
    .map(([municipality, attendees]) => ({ municipality, attendees }))
    .sort((a, b) => b.attendees - a.attendees || a.municipality.localeCompare(b.municipality, 'sv'));
}

function AttendanceChart({ rows, year }: { rows: ReadonlyArray<{ municipality: string; attendees: number }>; year: number }): ReactNode {
  const { t, lang } = useI18n();
  const number = new Intl.NumberFormat(lang === 'sv' ? 'sv-SE' : 'en-GB');
  const max = Math.max(1, ...rows.map((r) => r.attendees));
  return (
    <section aria-labelledby="report-municipality-heading">
      <h2 id="report-municipality-heading">{t('report.byMunicipality')}</h2>
      {rows.length === 0 ? (
        <p className="empty">{t('report.noAttendance', { year })}</p>
      ) : (
        <TableRegion labelledBy="report-municipality-caption">
          <table className="bar-table">
            <caption id="report-municipality-caption">{t('report.municipalityCaption', { year })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('report.municipality')}</th>
                <th scope="col" className="num">
                  {t('report.attendees')}
                </th>
                <th scope="col" className="bar-col">
                  {t('report.chart')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.municipality}>
                  <th scope="row">{r.municipality}</th>
                  <td className="num">{number.format(r.attendees)}</td>
                  <td className="bar-col">
                    {/* The bar repeats the number beside it, so it is hidden from screen readers. */}
                    <svg className="bar" width="100%" height="18" aria-hidden="true" focusable="false">
                      <rect x="0" y="2" height="14" width={`${(r.attendees / max) * 100}%`} />
                    </svg>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
    </section>
  );
}

export function MeetingReportPage(): ReactNode {
  const { t, tn, lang } = useI18n();
  const thisYear = Number(stockholmDate(new Date()).slice(0, 4));
  const param = Number(useSearchParam('ar'));
  const year = Number.isInteger(param) && param >= FIRST_YEAR && param <= thisYear + 1 ? param : thisYear;
  const report = useHubQuery(['/api/v1/admin/meeting-report', year], () => unwrap(api.GET('/api/v1/admin/meeting-report', { params: { query: { year } } })));
  const number = new Intl.NumberFormat(lang === 'sv' ? 'sv-SE' : 'en-GB');
  const years: Array<{ value: string; label: string }> = [];
  for (let y = thisYear + 1; y >= FIRST_YEAR; y--) years.push({ value: String(y), label: String(y) });
  const networks = report.data?.networks ?? [];
  const totals = networks.reduce(
    (sum, n) => ({
      meetingsHeld: sum.meetingsHeld + n.meetingsHeld,
      meetingsCancelled: sum.meetingsCancelled + n.meetingsCancelled,
      attendance: sum.attendance + n.attendance,
      minutesPublished: sum.minutesPublished + n.minutesPublished,
      openActionItems: sum.openActionItems + n.openActionItems,
    }),
    { meetingsHeld: 0, meetingsCancelled: 0, attendance: 0, minutesPublished: 0, openActionItems: 0 },
  );
  const columns = [
    { key: 'meetingsHeld', label: t('report.held') },
    { key: 'meetingsCancelled', label: t('report.cancelled') },
    { key: 'attendance', label: t('report.attendance') },
    { key: 'minutesPublished', label: t('report.minutes') },
    { key: 'openActionItems', label: t('report.openActions') },
  ] as const;

  return (
    <Page title={t('report.titleFor', { year })} heading={t('report.title')}>
      <p className="breadcrumb">
        <Link to="/admin">{t('report.back')}</Link>
      </p>
      <p>{t('report.intro')}</p>
      <div className="report-tools">
        <SelectField
          label={t('report.year')}
          value={String(year)}
          onChange={(v) => navigate(meetingReportPath(Number(v)), { keepFocus: true })}
          options={years}
        />
        <p>
          <a className="button" href={`/api/v1/admin/meeting-report?year=${year}&format=csv`} download={`motesrapport-${year}.csv`}>
            {t('report.csv')}
            <span className="visually-hidden"> ({year})</span>
          </a>
        </p>
      </div>
      <ErrorMessage error={report.error} />
      {report.loading && !report.data && <Loading />}
      {report.data && (
        <>
          <p role="status">
            {t('report.summary', {
              year: report.data.year,
              held: tn('report.heldCount', totals.meetingsHeld),
              networks: networks.filter((n) => n.meetingsHeld > 0).length,
              attendance: totals.attendance,
            })}
          </p>
          <section aria-labelledby="report-networks-heading">
            <h2 id="report-networks-heading">{t('report.perNetwork')}</h2>
            {networks.length === 0 ? (
              <p className="empty">{t('report.noNetworks')}</p>
            ) : (
              <TableRegion labelledBy="report-networks-caption">
                <table className="stack-table report-table">
                  <caption id="report-networks-caption">{t('report.networksCaption', { year: report.data.year })}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('report.network')}</th>
                      {columns.map((c) => (
                        <th key={c.key} scope="col" className="num">
                          {c.label}
                        </th>
                      ))}
                      <th scope="col">{t('report.perMunicipality')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {networks.map((n) => (
                      <tr key={n.networkId}>
                        <th scope="row">{n.networkName}</th>
                        {columns.map((c) => (
                          <td key={c.key} className="num" data-label={c.label}>
                            {number.format(n[c.key])}
                          </td>
                        ))}
                        <td data-label={t('report.perMunicipality')} className={n.byMunicipality.length === 0 ? 'stack-hide' : undefined}>
                          {n.byMunicipality.map((m) => `${m.municipality} ${number.format(m.attendees)}`).join(', ')}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                  <tfoot>
                    <tr>
                      <th scope="row">{t('report.total')}</th>
                      {columns.map((c) => (
                        <td key={c.key} className="num" data-label={c.label}>
                          {number.format(totals[c.key])}
                        </td>
                      ))}
                      <td className="stack-hide" />
                    </tr>
                  </tfoot>
                </table>
              </TableRegion>
            )}
          </section>
          <AttendanceChart rows={byMunicipality(networks)} year={report.data.year} />
        </>
      )}
    </Page>
  );
}
