/** Demo content: the networks named in the annual report, plausible others, and Swedish names and skills. */
export interface DemoNetwork {
  name: string;
  kind: 'kunskapsnatverk' | 'arbetsgrupp' | 'program';
  visibility: 'open' | 'closed' | 'secret';
  description: string;
  /** Expertise that members of this network tend to have. */
  skills: string[];
  titles: string[];
}

export const DEMO_NETWORKS: DemoNetwork[] = [
  { name: 'Kommundirektörsnätverket', kind: 'kunskapsnatverk', visibility: 'closed', description: 'Kommundirektörerna i de elva kommunerna. Bereder styrelsens ärenden; nio möten under 2023.', skills: ['strategisk ledning', 'politisk styrning', 'kommunal ekonomi', 'förändringsledning'], titles: ['Kommundirektör', 'Biträdande kommundirektör'] },
  { name: 'Bibliotekschefsnätverket', kind: 'kunskapsnatverk', visibility: 'open', description: 'Bibliotekscheferna samarbetar kring gemensamt bibliotekssystem och webb (Team BFH).', skills: ['bibliotekssystem', 'läsfrämjande', 'digital delaktighet', 'mediaplanering'], titles: ['Bibliotekschef', 'Bibliotekarie', 'Systembibliotekarie'] },
  { name: 'Nätverket för upphandlare', kind: 'kunskapsnatverk', visibility: 'open', description: 'Upphandlare som gör gemensamma upphandlingar och utbildar sig i säkerhetsskyddad upphandling.', skills: ['säkerhetsskyddad upphandling', 'LOU', 'avtalsuppföljning', 'inköp', 'hållbar upphandling', 'direktupphandling'], titles: ['Upphandlare', 'Upphandlingschef', 'Inköpssamordnare'] },
  { name: 'Nätverket för näringsliv och destination', kind: 'kunskapsnatverk', visibility: 'open', description: 'Näringsliv och turism: kompetensattraktion och platsmarknadsföring. Finansieras från 2024.', skills: ['platsmarknadsföring', 'kompetensförsörjning', 'destinationsutveckling', 'företagsklimat'], titles: ['Näringslivsutvecklare', 'Näringslivschef', 'Destinationsutvecklare'] },
  { name: 'Miljöchefsnätverket', kind: 'kunskapsnatverk', visibility: 'open', description: 'Miljöcheferna utvecklar gemensamma arbetssätt för tillsyn och miljöstrategi.', skills: ['miljötillsyn', 'livsmedelskontroll', 'klimatanpassning', 'miljöbalken'], titles: ['Miljöchef', 'Miljöinspektör', 'Miljöstrateg'] },
  { name: 'Nätverket för HR-ansvariga', kind: 'kunskapsnatverk', visibility: 'open', description: 'HR-ansvariga: HR-dagen i Klippan, gemensamt HR-servicecenter, trainee- och mentorprogrammen.', skills: ['arbetsrätt', 'lönebildning', 'kompetensförsörjning', 'arbetsmiljö', 'rekrytering'], titles: ['HR-chef', 'HR-specialist', 'Lönespecialist', 'HR-konsult'] },
  { name: 'Det brottsförebyggande nätverket', kind: 'kunskapsnatverk', visibility: 'closed', description: 'Nytt 2023. Brottsförebyggande och trygghetsskapande arbete inför den nya lagstiftningen från juli 2023.', skills: ['brottsförebyggande arbete', 'trygghetsskapande åtgärder', 'lägesbild', 'EST-metoden'], titles: ['Brottsförebyggande samordnare', 'Trygghetssamordnare', 'Säkerhetschef'] },
  { name: 'Nätverket för välfärdsteknik', kind: 'kunskapsnatverk', visibility: 'open', description: 'Nytt 2023. Välfärdsteknik i omsorgen: digital tillsyn, trygghetslarm och e-hälsa.', skills: ['välfärdsteknik', 'e-hälsa', 'digital tillsyn', 'trygghetslarm', 'förändringsledning'], titles: ['Utvecklingsledare välfärdsteknik', 'Verksamhetsutvecklare', 'Sjuksköterska'] },
  { name: 'Nätverket för infrastruktur och kollektivtrafik', kind: 'kunskapsnatverk', visibility: 'open', description: 'Gemensamma prioriteringar för infrastruktur och kollektivtrafik i nordvästra Skåne.', skills: ['trafikplanering', 'kollektivtrafik', 'infrastrukturplanering', 'cykelplanering'], titles: ['Trafikplanerare', 'Samhällsplanerare', 'Trafikingenjör'] },
  { name: 'Yrkeshögskolenätverket', kind: 'kunskapsnatverk', visibility: 'open', description: 'Yrkeshögskoleutbildningar: 15 beviljade utbildningar och över 1 300 platser.', skills: ['yrkeshögskola', 'vuxenutbildning', 'ansökningsskrivning', 'branschsamverkan'], titles: ['Utbildningsledare', 'Rektor vuxenutbildning', 'Studie- och yrkesvägledare'] },
  { name: 'Arbetsgruppen för säkerhetsskydd', kind: 'arbetsgrupp', visibility: 'secret', description: 'Säkerhetsskyddschefer: säkerhetsskyddsanalyser och skyddsvärda verksamheter.', skills: ['säkerhetsskydd', 'säkerhetsskyddsanalys', 'informationssäkerhet'], titles: ['Säkerhetsskyddschef', 'Säkerhetsstrateg'] },
  { name: 'GIS-nätverket', kind: 'kunskapsnatverk', visibility: 'open', description: 'GIS-ingenjörer och kartansvariga delar data, verktyg och arbetssätt.', skills: ['GIS', 'geodata', 'FME', 'kartproduktion', 'mätningsteknik'], titles: ['GIS-ingenjör', 'Kartingenjör', 'GIS-samordnare'] },
  { name: 'Nätverket för digitalisering', kind: 'kunskapsnatverk', visibility: 'open', description: 'Digitaliseringsledare i kommunerna: e-tjänster, automatisering och gemensamma plattformar.', skills: ['digitalisering', 'e-tjänster', 'automatisering', 'informationssäkerhet', 'AI i offentlig sektor'], titles: ['Digitaliseringsstrateg', 'Digitaliseringschef', 'Verksamhetsutvecklare'] },
  { name: 'Kommunikatörsnätverket', kind: 'kunskapsnatverk', visibility: 'open', description: 'Kommunikatörer samarbetar kring kriskommunikation, klarspråk och tillgänglighet.', skills: ['kriskommunikation', 'klarspråk', 'webbtillgänglighet', 'sociala medier'], titles: ['Kommunikatör', 'Kommunikationschef', 'Webbredaktör'] },
  { name: 'Ekonomichefsnätverket', kind: 'kunskapsnatverk', visibility: 'closed', description: 'Ekonomicheferna jämför nyckeltal och planerar gemensam ekonomistyrning.', skills: ['kommunal ekonomi', 'budgetprocess', 'nyckeltal', 'internkontroll'], titles: ['Ekonomichef', 'Controller', 'Redovisningsekonom'] },
  { name: 'Nätverket för socialtjänst', kind: 'kunskapsnatverk', visibility: 'open', description: 'Socialchefer och utvecklare inom individ- och familjeomsorg.', skills: ['socialtjänstlagen', 'barn och unga', 'missbruksvård', 'socialt hållbar utveckling'], titles: ['Socialchef', 'Enhetschef IFO', 'Socialsekreterare'] },
  { name: 'Skolchefsnätverket', kind: 'kunskapsnatverk', visibility: 'closed', description: 'Skolcheferna i de elva kommunerna.', skills: ['skoljuridik', 'systematiskt kvalitetsarbete', 'elevhälsa'], titles: ['Skolchef', 'Förvaltningschef barn och utbildning'] },
  { name: 'Nätverket för vatten och avlopp', kind: 'kunskapsnatverk', visibility: 'open', description: 'VA-frågor: dricksvattenförsörjning, dagvatten och reservvatten.', skills: ['dricksvatten', 'dagvattenhantering', 'VA-planering'], titles: ['VA-ingenjör', 'VA-chef', 'Processingenjör'] },
  { name: 'Energi- och klimatrådgivarna', kind: 'kunskapsnatverk', visibility: 'open', description: 'Energi- och klimatrådgivare i regionen.', skills: ['energieffektivisering', 'solenergi', 'klimatrådgivning'], titles: ['Energi- och klimatrådgivare'] },
  { name: 'Nätverket för fysisk planering', kind: 'kunskapsnatverk', visibility: 'open', description: 'Planarkitekter och översiktsplanerare.', skills: ['detaljplanering', 'översiktsplanering', 'plan- och bygglagen'], titles: ['Planarkitekt', 'Översiktsplanerare', 'Planchef'] },
  { name: 'Bygglovsnätverket', kind: 'kunskapsnatverk', visibility: 'open', description: 'Bygglovshandläggare och byggnadsinspektörer.', skills: ['bygglov', 'plan- och bygglagen', 'tillsyn byggnader'], titles: ['Bygglovshandläggare', 'Byggnadsinspektör'] },
  { name: 'Nätverket för folkhälsa', kind: 'kunskapsnatverk', visibility: 'open', description: 'Folkhälsostrateger och samordnare.', skills: ['folkhälsa', 'ANDT-förebyggande', 'psykisk hälsa'], titles: ['Folkhälsostrateg', 'Folkhälsosamordnare'] },
  { name: 'Krisberedskapsnätverket', kind: 'kunskapsnatverk', visibility: 'closed', description: 'Beredskapssamordnare: civilt försvar, krisledning och övningar.', skills: ['krisberedskap', 'civilt försvar', 'risk- och sårbarhetsanalys', 'kontinuitetsplanering'], titles: ['Beredskapssamordnare', 'Säkerhetschef'] },
  { name: 'Nätverket för arkiv och informationsförvaltning', kind: 'kunskapsnatverk', visibility: 'open', description: 'Arkivarier och registratorer: e-arkiv och informationshanteringsplaner.', skills: ['e-arkiv', 'diarieföring', 'offentlighet och sekretess', 'informationsförvaltning'], titles: ['Arkivarie', 'Registrator', 'Informationsförvaltare'] },
  { name: 'Nämndsekreterarnätverket', kind: 'kunskapsnatverk', visibility: 'open', description: 'Nämndsekreterare delar mallar och rutiner för protokoll och sammanträden.', skills: ['kommunallagen', 'protokollskrivning', 'digitala sammanträden'], titles: ['Nämndsekreterare', 'Kommunsekreterare'] },
  { name: 'Juristnätverket', kind: 'kunskapsnatverk', visibility: 'open', description: 'Kommunjurister.', skills: ['förvaltningsrätt', 'GDPR', 'offentlighet och sekretess', 'LOU'], titles: ['Kommunjurist', 'Förvaltningsjurist'] },
  { name: 'Dataskyddsombudsnätverket', kind: 'kunskapsnatverk', visibility: 'open', description: 'Dataskyddsombud i kommunerna.', skills: ['GDPR', 'dataskydd', 'konsekvensbedömning'], titles: ['Dataskyddsombud'] },
  { name: 'Nätverket för kultur', kind: 'kunskapsnatverk', visibility: 'open', description: 'Kulturchefer och kulturutvecklare.', skills: ['kulturarv', 'kulturskola', 'evenemang'], titles: ['Kulturchef', 'Kulturutvecklare'] },
  { name: 'Fritids- och idrottsnätverket', kind: 'kunskapsnatverk', visibility: 'open', description: 'Fritidschefer och föreningsutvecklare.', skills: ['föreningsbidrag', 'idrottsanläggningar', 'fritidsgårdar'], titles: ['Fritidschef', 'Föreningsutvecklare'] },
  { name: 'Nätverket för integration', kind: 'kunskapsnatverk', visibility: 'open', description: 'Integrationssamordnare och SFI.', skills: ['etablering', 'SFI', 'samhällsorientering'], titles: ['Integrationssamordnare', 'SFI-lärare'] },
  { name: 'Arbetsmarknadsnätverket', kind: 'kunskapsnatverk', visibility: 'open', description: 'Arbetsmarknadsenheterna.', skills: ['arbetsmarknadsinsatser', 'feriearbete', 'försörjningsstöd'], titles: ['Arbetsmarknadschef', 'Arbetskonsulent'] },
  { name: 'Äldreomsorgsnätverket', kind: 'kunskapsnatverk', visibility: 'open', description: 'Chefer och utvecklare inom vård och omsorg.', skills: ['äldreomsorg', 'hemtjänst', 'demensvård', 'e-hälsa'], titles: ['Verksamhetschef äldreomsorg', 'Medicinskt ansvarig sjuksköterska'] },
  { name: 'Nätverket för måltidsverksamhet', kind: 'kunskapsnatverk', visibility: 'open', description: 'Kostchefer: hållbara måltider och gemensam livsmedelsupphandling.', skills: ['måltidsplanering', 'livsmedelsupphandling', 'matsvinn'], titles: ['Kostchef', 'Kostekonom'] },
  { name: 'Fastighetsnätverket', kind: 'kunskapsnatverk', visibility: 'open', description: 'Fastighetschefer och förvaltare.', skills: ['fastighetsförvaltning', 'energieffektivisering', 'lokalförsörjning'], titles: ['Fastighetschef', 'Fastighetsförvaltare'] },
  { name: 'Nätverket för IT-chefer', kind: 'kunskapsnatverk', visibility: 'closed', description: 'IT-cheferna samordnar infrastruktur, avtal och informationssäkerhet.', skills: ['IT-drift', 'informationssäkerhet', 'molntjänster', 'nätverk'], titles: ['IT-chef', 'IT-strateg'] },
  { name: 'Mentorprogrammet', kind: 'program', visibility: 'closed', description: 'Mentorprogram som matchar 48 chefer över kommungränserna.', skills: ['mentorskap', 'ledarskap', 'coachning'], titles: ['Enhetschef', 'Avdelningschef'] },
  { name: 'Traineeprogrammet', kind: 'program', visibility: 'open', description: 'Traineeprogrammet sedan 2006; den 18:e gruppen med tio traineer.', skills: ['projektledning', 'verksamhetsutveckling', 'omvärldsbevakning'], titles: ['Trainee', 'Utvecklare'] },
  { name: 'Arbetsgruppen för test- och utvecklingsprojekt', kind: 'arbetsgrupp', visibility: 'open', description: 'Följer de åtta test- och utvecklingsprojekt som beviljades 2023.', skills: ['projektledning', 'innovation', 'effektmätning'], titles: ['Projektledare', 'Utvecklingsstrateg'] },
  { name: 'Arbetsgruppen för HR-servicecenter', kind: 'arbetsgrupp', visibility: 'open', description: 'Förbereder ett gemensamt HR-servicecenter.', skills: ['lönehantering', 'HR-system', 'processkartläggning'], titles: ['Lönespecialist', 'HR-systemförvaltare'] },
  { name: 'Nätverket för landsbygdsutveckling', kind: 'kunskapsnatverk', visibility: 'open', description: 'Landsbygdsutvecklare och Leader-samverkan.', skills: ['landsbygdsutveckling', 'Leader', 'lokal utveckling'], titles: ['Landsbygdsutvecklare'] },
];

export const FIRST_NAMES = [
  'Anna', 'Maria', 'Karin', 'Eva', 'Lena', 'Kerstin', 'Sara', 'Emma', 'Ingrid', 'Malin', 'Johanna', 'Linda', 'Elin', 'Sofia', 'Hanna',
  'Annika', 'Åsa', 'Ulla', 'Birgitta', 'Helena', 'Camilla', 'Therese', 'Frida', 'Ida', 'Jenny', 'Louise', 'Märta', 'Sanna', 'Ebba', 'Tove',
  'Erik', 'Lars', 'Karl', 'Anders', 'Johan', 'Per', 'Nils', 'Mikael', 'Jan', 'Hans', 'Peter', 'Olof', 'Gustav', 'Fredrik', 'Daniel',
  'Magnus', 'Mattias', 'Henrik', 'Jonas', 'Stefan', 'Björn', 'Göran', 'Håkan', 'Oskar', 'Viktor', 'Emil', 'Axel', 'Ahmed', 'Ali', 'Amir',
  'Leila', 'Fatima', 'Yasmin', 'Dragan', 'Milan', 'Aleksandra', 'Nikola', 'Päivi', 'Jukka', 'Sören',
];

export const LAST_NAMES = [
  'Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson', 'Persson', 'Svensson', 'Gustafsson', 'Pettersson',
  'Jönsson', 'Jansson', 'Hansson', 'Bengtsson', 'Jörgensen', 'Lindberg', 'Jakobsson', 'Magnusson', 'Olofsson', 'Lindström', 'Lindqvist',
  'Lindgren', 'Berg', 'Axelsson', 'Bergström', 'Lundberg', 'Lind', 'Lundgren', 'Lundqvist', 'Mattsson', 'Berglund', 'Fredriksson',
  'Sandberg', 'Henriksson', 'Forsberg', 'Sjöberg', 'Wallin', 'Ali', 'Engström', 'Mohamed', 'Eklund', 'Danielsson', 'Lundin', 'Håkansson',
  'Björk', 'Bergman', 'Gunnarsson', 'Holm', 'Wikström', 'Samuelsson', 'Isaksson', 'Fransson', 'Bergqvist', 'Nyström', 'Holmberg',
  'Arvidsson', 'Löfgren', 'Söderberg', 'Nyberg', 'Blomqvist', 'Claesson', 'Nordström', 'Mårtensson', 'Åkesson', 'Ekström', 'Öberg',
];

export const LANGUAGES = [['svenska'], ['svenska', 'engelska'], ['svenska', 'engelska'], ['svenska', 'engelska', 'tyska'], ['svenska', 'danska'], ['svenska', 'arabiska'], ['svenska', 'bosniska'], ['svenska', 'engelska', 'finska']];

export const GUESTS = [
  { name: 'Lena Berg', email: 'lena.berg@skane.se', organisation: 'Region Skåne', title: 'Regional utvecklare kollektivtrafik', networks: ['Nätverket för infrastruktur och kollektivtrafik'] },
  { name: 'Tobias Ek', email: 'tobias.ek@skane.se', organisation: 'Region Skåne', title: 'Utvecklare e-hälsa', networks: ['Nätverket för välfärdsteknik'] },
  { name: 'Mona Falk', email: 'mona.falk@polisen.se', organisation: 'Polismyndigheten', title: 'Kommunpolis', networks: ['Det brottsförebyggande nätverket'] },
  { name: 'Rasmus Holt', email: 'rasmus.holt@polisen.se', organisation: 'Polismyndigheten', title: 'Områdespolis', networks: ['Det brottsförebyggande nätverket', 'Krisberedskapsnätverket'] },
];
