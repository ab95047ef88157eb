import type { ReactNode } from 'react';
import { api, unwrap } from '../api/client';
import { useI18n } from '../shared/i18n';
import { Link } from '../shared/router';
import { ErrorMessage, Loading, Page } from '../shared/ui';
import { useHubQuery } from '../shared/query';
import { ContactList } from './accessibility-page';

/** "Så behandlar vi dina personuppgifter": the privacy notice (GDPR art. 13), in Swedish. */
export function PrivacyPage(): ReactNode {
  const { t, lang } = useI18n();
  const legal = useHubQuery(['/api/v1/legal'], () => unwrap(api.GET('/api/v1/legal')));
  const p = legal.data?.privacy;
  const years = (days: number): string => (days % 365 === 0 ? `${days / 365} år` : `${days} dagar`);
  return (
    <Page title={t('privacy.title')}>
      {lang !== 'sv' && <p className="message">{t('privacy.swedishOnly')}</p>}
      {legal.loading && !p && <Loading />}
      <ErrorMessage error={legal.error} />
      <div lang="sv" className="prose">
        <p>
          Nätverkshubben är samarbetsytan för kunskapsnätverken i Familjen Helsingborgs elva kommuner. Här beskriver vi vilka personuppgifter vi behandlar om dig, varför,
          med vilket stöd i lagen, hur länge vi sparar dem och vilka rättigheter du har.
        </p>
        <h2>Personuppgiftsansvarig</h2>
        <p>{p?.controller ?? 'Familjen Helsingborg'} är personuppgiftsansvarig för behandlingen i Nätverkshubben. Frågor om dina personuppgifter:</p>
        {p && <ContactList email={p.email} phone={p.phone} />}
        {p?.dpoEmail && (
          <p>
            Dataskyddsombud: <a href={`mailto:${p.dpoEmail}`}>{p.dpoEmail}</a>
          </p>
        )}
        <h2>Vilka uppgifter vi sparar</h2>
        <ul>
          <li>Konto: namn, e-postadress, kommun eller organisation, roll och titel; lösenordet bara som en säker kontrollsumma.</li>
          <li>Det du själv lägger till i profilen: presentation, telefon, språk och expertis.</li>
          <li>Medlemskap i nätverk, förfrågningar om medlemskap och dina svar på möten.</li>
          <li>Det du skriver och laddar upp: inlägg, kommentarer, chatt- och direktmeddelanden, dagordningspunkter, åtgärder, minnesanteckningar och dokument.</li>
          <li>Inställningar för aviseringar, e-post och kalenderprenumerationer.</li>
          <li>Inloggningar (tidpunkt, webbläsare och IP-adress) och API-token, och en granskningslogg över inloggningar och administrativa åtgärder.</li>
        </ul>
        <h2>Varför och med vilket stöd</h2>
        <p>
          Vi behandlar uppgifterna för att kommunernas tjänstepersoner ska kunna samarbeta i kunskapsnätverken: hitta kollegor, dela kunskap och dokument, planera
          möten och följa upp arbetet. Den rättsliga grunden är <strong>uppgift av allmänt intresse</strong> (dataskyddsförordningen artikel 6.1 e), eftersom
          samarbetet är en del av kommunernas verksamhet. Inloggningar och granskningsloggen behandlas för att skydda tjänsten och uppgifterna i den (artikel 32).
          Det som skrivs och laddas upp i nätverken kan vara allmänna handlingar, och arkivlagen kan kräva att de bevaras.
        </p>
        <h2>Hur länge vi sparar uppgifterna</h2>
        <p>
          Dina kontouppgifter sparas så länge du är medlem. När du slutar tar sekretariatet bort dina personuppgifter; det som arkivlagen kräver att vi bevarar finns
          kvar med författaren som &quot;Tidigare medlem&quot;. Annat innehåll gallras efter de frister sekretariatet har beslutat:
        </p>
        {p && (
          <ul>
            {p.retention.map((r) => (
              <li key={r.label}>
                {r.label}: {years(r.days)}
              </li>
            ))}
          </ul>
        )}
        <h2>Dina rättigheter</h2>
        <ul>
          <li>
            Att få veta vad vi sparar om dig och få en kopia (registerutdrag) i ett maskinläsbart format. Du laddar själv ner den på{' '}
            <Link to="/profil">din profil</Link>, eller ber sekretariatet om den.
          </li>
          <li>Att få felaktiga uppgifter rättade. Det mesta ändrar du själv på din profil.</li>
          <li>Att få uppgifter raderade när de inte längre behövs, utom det som arkivlagen kräver att vi bevarar.</li>
          <li>Att invända mot behandlingen och att begära att den begränsas.</li>
        </ul>
        <p>
          Kontakta den personuppgiftsansvariga (ovan) för att använda dina rättigheter. Vi svarar inom en månad. Är du missnöjd med hur vi behandlar dina uppgifter
          kan du klaga hos <a href="https://www.imy.se/">Integritetsskyddsmyndigheten (IMY)</a>.
        </p>
      </div>
    </Page>
  );
}
