/**
 * Countries and territories. Names come from i18n-iso-countries (ar, en) and CLDR territories.json (ar
 * variants); this module adds what those sources lack: the region of each code (UN M49 sub-regions, written
 * by hand because cldr-core's territoryContainment is not installed), who a dependent territory belongs to,
 * readable ids, the names the Arabic press uses, Wikipedia titles and a few special descriptions.
 */

/** UN M49 sub-region code -> ISO 3166-1 alpha-2 codes (XK, Kosovo, is user-assigned; placed by hand). */
export const REGION_MEMBERS: Record<string, string> = {
  '015': 'DZ EG LY MA SD TN EH',
  '011': 'BJ BF CV CI GM GH GN GW LR ML MR NE NG SH SN SL TG',
  '014': 'IO BI KM DJ ER ET TF KE MG MW MU YT MZ RE RW SC SO SS TZ UG ZM ZW',
  '017': 'AO CM CF TD CG CD GQ GA ST',
  '018': 'BW SZ LS NA ZA',
  '145': 'AM AZ BH CY GE IQ IL JO KW LB OM QA SA PS SY TR AE YE',
  '143': 'KZ KG TJ TM UZ',
  '030': 'CN HK MO KP JP MN KR TW',
  '034': 'AF BD BT IN IR MV NP PK LK',
  '035': 'BN KH ID LA MY MM PH SG TH TL VN',
  '039': 'AL AD BA HR GI GR VA IT MT ME MK PT SM RS SI ES XK',
  '151': 'BY BG CZ HU PL MD RO RU SK UA',
  '154': 'AX DK EE FO FI GG IS IE IM JE LV LT NO SJ SE GB',
  '155': 'AT BE FR DE LI LU MC NL CH',
  '021': 'BM CA GL PM US',
  '013': 'BZ CR SV GT HN MX NI PA',
  '029': 'AI AG AW BS BB BQ VG KY CU CW DM DO GD GP HT JM MQ MS PR BL KN LC MF VC SX TT TC VI',
  '005': 'AR BO BV BR CL CO EC FK GF GY PY PE GS SR UY VE',
  '053': 'AU CX CC HM NZ NF',
  '054': 'FJ NC PG SB VU',
  '057': 'GU KI MH FM NR MP PW UM',
  '061': 'AS CK PF NU PN WS TK TO TV WF',
};

/** The 22 members of the Arab League (Syria's seat was suspended 2011-2023). */
export const ARAB_LEAGUE = 'DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE'.split(' ');

/** Dependent territories -> the state they belong to or are associated with. */
export const SOVEREIGN: Record<string, string> = {
  AS: 'US',
  GU: 'US',
  MP: 'US',
  PR: 'US',
  UM: 'US',
  VI: 'US',
  AI: 'GB',
  BM: 'GB',
  FK: 'GB',
  GG: 'GB',
  GI: 'GB',
  GS: 'GB',
  IM: 'GB',
  IO: 'GB',
  JE: 'GB',
  KY: 'GB',
  MS: 'GB',
  PN: 'GB',
  SH: 'GB',
  TC: 'GB',
  VG: 'GB',
  BL: 'FR',
  GF: 'FR',
  GP: 'FR',
  MF: 'FR',
  MQ: 'FR',
  NC: 'FR',
  PF: 'FR',
  PM: 'FR',
  RE: 'FR',
  TF: 'FR',
  WF: 'FR',
  YT: 'FR',
  AW: 'NL',
  BQ: 'NL',
  CW: 'NL',
  SX: 'NL',
  AX: 'FI',
  FO: 'DK',
  GL: 'DK',
  BV: 'NO',
  SJ: 'NO',
  CC: 'AU',
  CX: 'AU',
  HM: 'AU',
  NF: 'AU',
  CK: 'NZ',
  NU: 'NZ',
  TK: 'NZ',
  HK: 'CN',
  MO: 'CN',
};

/**
 * Overrides, one line per code: ISO | id | Arabic names | English names | description_ar | description_en | options
 * An empty id keeps the slug of the English name; names starting with "+" add aliases to the source names,
 * otherwise the first name replaces the canonical one. Descriptions, when given, replace the generated ones.
 * Options as in define.ts (w, wa, we, q, r, f, as).
 */
export const COUNTRY_OVERRIDES = `
US | united-states | + الولايات المتحدة الأمريكية ; الولايات المتحدة الأميركية ; أمريكا ; أميركا ; امريكا ; اميركا ; الولايات المتحده | United States ; United States of America ; USA ; U.S. ; US ; America | | | w | q: Q30
MA | morocco | + المملكة المغربية ; المغرب الأقصى | Morocco ; Kingdom of Morocco | | | w | q: Q1028 | r: western-sahara
EG | egypt | + جمهورية مصر العربية ; مصر العربية | Egypt ; Arab Republic of Egypt | | | w | q: Q79
SA | saudi-arabia | + المملكة العربية السعودية ; السعوديه | Saudi Arabia ; Kingdom of Saudi Arabia ; KSA | | | w | q: Q851
AE | united-arab-emirates | + الإمارات ; دولة الإمارات ; دولة الإمارات العربية المتحدة ; الامارات | United Arab Emirates ; UAE ; Emirates | | | w | q: Q878
QA | qatar | + دولة قطر | Qatar ; State of Qatar | | | w | q: Q846
BH | bahrain | + مملكة البحرين | Bahrain ; Kingdom of Bahrain | | | w | q: Q398
KW | kuwait | + دولة الكويت | Kuwait ; State of Kuwait | | | w | q: Q817
OM | oman | سلطنة عمان ; عمان ; عُمان ; سلطنة عُمان | Oman ; Sultanate of Oman | | | w: سلطنة عمان / Oman | q: Q842
YE | yemen | + الجمهورية اليمنية | Yemen ; Republic of Yemen | | | w | q: Q805
IQ | iraq | + جمهورية العراق | Iraq ; Republic of Iraq | | | w | q: Q796
SY | syria | سوريا ; سورية ; الجمهورية العربية السورية | Syria ; Syrian Arab Republic | | | w | q: Q858
LB | lebanon | + الجمهورية اللبنانية | Lebanon ; Lebanese Republic | | | w | q: Q822
JO | jordan | + المملكة الأردنية الهاشمية ; الاردن | Jordan ; Hashemite Kingdom of Jordan | | | w | q: Q810
PS | palestine | فلسطين ; دولة فلسطين ; الأراضي الفلسطينية | Palestine ; State of Palestine ; Palestinian territories | دولة أعلنت عام 1988 وتعترف بها أغلبية دول الأمم المتحدة، وتضم أراضيها المطالب بها الضفة الغربية وقطاع غزة والقدس الشرقية الخاضعة للاحتلال الإسرائيلي منذ 1967. تتمتع بصفة دولة مراقب غير عضو في الأمم المتحدة منذ 2012. | A state proclaimed in 1988 and recognised by most UN members; the territory it claims, the West Bank, Gaza Strip and East Jerusalem, has been under Israeli occupation since 1967. It has held non-member observer state status at the UN since 2012. | w: دولة فلسطين / State of Palestine | q: Q219060 | r: gaza-strip, west-bank, east-jerusalem
IL | israel | + اسرائيل ; دولة إسرائيل | Israel ; State of Israel | دولة في غرب آسيا على الساحل الشرقي للبحر المتوسط، أُعلن قيامها عام 1948. مقر حكومتها وبرلمانها في القدس، فيما تقيم معظم الدول سفاراتها في تل أبيب. | A country in Western Asia on the eastern Mediterranean, proclaimed in 1948. Its government and parliament sit in Jerusalem, while most states keep their embassies in Tel Aviv. | w | q: Q801 | r: jerusalem, tel-aviv
DZ | algeria | + الجمهورية الجزائرية ; الجمهورية الجزائرية الديمقراطية الشعبية | Algeria ; People's Democratic Republic of Algeria | | | w | q: Q262
TN | tunisia | + الجمهورية التونسية ; تونس الخضراء | Tunisia ; Republic of Tunisia | | | w | q: Q948
LY | libya | + دولة ليبيا | Libya ; State of Libya | | | w | q: Q1016
SD | sudan | + جمهورية السودان | Sudan ; Republic of the Sudan | | | w | q: Q1049
ML | mali | + جمهورية مالي ; دولة مالي | Mali ; Republic of Mali | | | w
BJ | benin | + جمهورية بنين ; دولة بنين | Benin ; Republic of Benin | | | w
MR | mauritania | + الجمهورية الإسلامية الموريتانية | Mauritania ; Islamic Republic of Mauritania | | | w
SO | somalia | + جمهورية الصومال الفيدرالية | Somalia | | | w
DJ | djibouti | + جمهورية جيبوتي | Djibouti | | | w
KM | comoros | + جمهورية القمر المتحدة | Comoros ; Union of the Comoros | | | w
EH | western-sahara | الصحراء الغربية ; الصحراء ; الأقاليم الجنوبية ; الصحراء المغربية | Western Sahara ; the Sahara | إقليم متنازع عليه في شمال غرب أفريقيا، يسيطر المغرب على معظمه ويعدّه جزءاً من أراضيه، فيما تطالب جبهة البوليساريو باستقلاله. تدرجه الأمم المتحدة ضمن الأقاليم غير المتمتعة بالحكم الذاتي، واعترفت الولايات المتحدة بالسيادة المغربية عليه في ديسمبر 2020. | A disputed territory in north-west Africa, mostly administered by Morocco, which considers it part of its territory, while the Polisario Front seeks its independence. The UN lists it as a non-self-governing territory; the United States recognised Moroccan sovereignty over it in December 2020. | w | r: morocco, polisario-front, laayoune, minurso
TR | turkey | + الجمهورية التركية ; تركية | Turkey ; Türkiye ; Republic of Türkiye | | | w: تركيا / Turkey | q: Q43
IR | iran | + ايران ; الجمهورية الإسلامية الإيرانية | Iran ; Islamic Republic of Iran | | | w | q: Q794
RU | russia | + روسيا الاتحادية ; الاتحاد الروسي | Russia ; Russian Federation | | | w | q: Q159
CN | china | + جمهورية الصين الشعبية ; الصين الشعبية | China ; People's Republic of China ; PRC | | | w | q: Q148
GB | united-kingdom | + بريطانيا ; بريطانيا العظمى ; المملكة المتحدة لبريطانيا العظمى وأيرلندا الشمالية | United Kingdom ; UK ; Britain ; Great Britain | | | w | q: Q145
FR | france | + الجمهورية الفرنسية | France ; French Republic | | | w | q: Q142
DE | germany | + المانيا ; جمهورية ألمانيا الاتحادية | Germany ; Federal Republic of Germany | | | w | q: Q183
IT | italy | + ايطاليا | Italy | | | w | q: Q38
ES | spain | + اسبانيا ; المملكة الإسبانية | Spain | | | w | q: Q29
JP | japan | | Japan | | | w | q: Q17
IN | india | + جمهورية الهند | India | | | w | q: Q668
BR | brazil | | Brazil | | | w | q: Q155
CA | canada | | Canada | | | w | q: Q16
AU | australia | + استراليا | Australia | | | w | q: Q408
UA | ukraine | + اوكرانيا | Ukraine | | | w | q: Q212
PK | pakistan | + جمهورية باكستان الإسلامية | Pakistan | | | w | q: Q843
AF | afghanistan | + افغانستان | Afghanistan | | | w | q: Q889
BY | belarus | بيلاروسيا ; بيلاروس ; روسيا البيضاء | Belarus | | | w
CZ | czech-republic | التشيك ; جمهورية التشيك | Czech Republic ; Czechia | | | w: التشيك / Czech Republic
HU | hungary | المجر ; هنغاريا | Hungary | | | w
DK | denmark | + الدانمرك | Denmark | | | w
NL | netherlands | + المملكة الهولندية | Netherlands ; The Netherlands ; Holland | | | w
GR | greece | | Greece | | | w
CY | cyprus | | Cyprus | | | w
KR | south-korea | + جمهورية كوريا | South Korea ; Republic of Korea | | | w
KP | north-korea | + كوريا الديمقراطية ; جمهورية كوريا الديمقراطية الشعبية | North Korea ; DPRK | | | w
HK | hong-kong | + هونج كونج ; هونغ كونغ الصينية | Hong Kong | منطقة إدارية خاصة تابعة للصين على ساحلها الجنوبي، كانت مستعمرة بريطانية حتى 1997، ومركز مالي وتجاري كبير. | A special administrative region of China on its southern coast, a British colony until 1997 and a major financial and trading centre. | w
MO | macau | ماكاو ; مكاو | Macau ; Macao | منطقة إدارية خاصة تابعة للصين، كانت مستعمرة برتغالية حتى 1999، وتشتهر بصناعة الكازينوهات. | A special administrative region of China, a Portuguese colony until 1999, known for its casino industry. | w
TW | taiwan | + جمهورية الصين | Taiwan ; Republic of China | جزيرة في شرق آسيا تحكمها حكومة جمهورية الصين منذ 1949، وتعدّها بكين جزءاً من أراضيها. تعترف بها رسمياً قلة من الدول. | An island in East Asia governed by the Republic of China since 1949, which Beijing claims as part of its territory. Few states recognise it formally. | w
XK | kosovo | + جمهورية كوسوفو | Kosovo ; Republic of Kosovo | إقليم في البلقان أعلن استقلاله عن صربيا عام 2008، تعترف به دول كثيرة فيما ترفض صربيا وروسيا ودول أخرى ذلك. | A territory in the Balkans that declared independence from Serbia in 2008; many states recognise it, while Serbia, Russia and others do not. | w
VA | vatican-city | الفاتيكان ; دولة الفاتيكان ; حاضرة الفاتيكان ; الكرسي الرسولي | Vatican City ; Holy See ; the Vatican | دولة-مدينة داخل روما، وهي أصغر دولة في العالم ومقر البابا والكرسي الرسولي. | A city-state inside Rome, the smallest country in the world and seat of the Pope and the Holy See. | w
AQ | antarctica | القارة القطبية الجنوبية ; أنتاركتيكا ; أنتاركتيكا | Antarctica | قارة جليدية حول القطب الجنوبي لا سكان دائمين فيها، تنظم معاهدة أنتاركتيكا لعام 1959 النشاط عليها. | The icy continent around the South Pole, with no permanent population; the 1959 Antarctic Treaty governs activity there. | w
MM | myanmar | ميانمار ; بورما | Myanmar ; Burma | | | w
CI | ivory-coast | ساحل العاج ; كوت ديفوار | Ivory Coast ; Côte d'Ivoire | | | w
CV | cape-verde | + كابو فيردي | Cape Verde ; Cabo Verde | | | w
SZ | eswatini | إسواتيني ; سوازيلاند | Eswatini ; Swaziland | | | w
TL | east-timor | تيمور الشرقية ; تيمور - ليشتي | East Timor ; Timor-Leste | | | w
CD | dr-congo | + الكونغو الديمقراطية ; الكونغو - كينشاسا | Democratic Republic of the Congo ; DR Congo ; DRC | | | w
CG | republic-of-the-congo | + الكونغو - برازافيل ; الكونغو برازافيل | Republic of the Congo ; Congo-Brazzaville | | | w
ET | ethiopia | + أثيوبيا ; اثيوبيا | Ethiopia | | | w
ER | eritrea | + اريتريا | Eritrea | | | w
SS | south-sudan | + دولة جنوب السودان | South Sudan | | | w
TZ | tanzania | تنزانيا ; تانزانيا | Tanzania | | | w
GM | gambia | + جامبيا | The Gambia ; Gambia | | | w
BS | bahamas | + جزر البهاما | The Bahamas ; Bahamas | | | w
IE | ireland | + ايرلندا ; جمهورية أيرلندا | Ireland | | | w: أيرلندا / Republic of Ireland
GE | georgia | | Georgia | | | w: جورجيا / Georgia (country)
LA | laos | | Laos | | | w
BN | brunei | | Brunei | | | w
MD | moldova | | Moldova | | | w
FM | micronesia | + ميكرونيزيا | Federated States of Micronesia ; Micronesia | | | w
VG | british-virgin-islands | + جزر فيرجن البريطانية | British Virgin Islands | | | w
VI | us-virgin-islands | + جزر فيرجن الأمريكية | United States Virgin Islands ; US Virgin Islands | | | w
FK | falkland-islands | + جزر مالفيناس | Falkland Islands | | | w
MF | saint-martin | سان مارتن | Saint Martin | | | w: - / Collectivity of Saint Martin
SX | sint-maarten | سينت مارتن ; سانت مارتن (الجزء الهولندي) | Sint Maarten | | | w: - / Sint Maarten
RE | reunion | لا ريونيون ; ريونيون | Réunion ; Reunion | | | w: - / Réunion
PN | pitcairn-islands | | Pitcairn Islands | | | we
SH | saint-helena | | Saint Helena, Ascension and Tristan da Cunha ; Saint Helena | | | we
BQ | caribbean-netherlands | | Caribbean Netherlands ; Bonaire, Sint Eustatius and Saba | | | we
TF | french-southern-territories | | French Southern and Antarctic Lands ; French Southern Territories | | | we
AX | aland | | Åland ; Åland Islands | | | we
UM | us-minor-outlying-islands | | United States Minor Outlying Islands | | | we
CC | cocos-islands | | Cocos (Keeling) Islands | | | we
`;
