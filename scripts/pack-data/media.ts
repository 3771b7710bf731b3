/** News agencies, broadcasters and newspapers. */
import { table } from './define.ts';

export const media = table('org', 'media', '2025')`
al-jazeera | الجزيرة ; قناة الجزيرة ; شبكة الجزيرة ; الجزيرة نت | Al Jazeera ; Al Jazeera Media Network | شبكة إعلامية قطرية مقرها الدوحة، أُطلقت قناتها الإخبارية العربية عام 1996. | A Qatari media network based in Doha whose Arabic news channel launched in 1996. | w: الجزيرة (قناة) / Al Jazeera | r: doha, qatar | f: founded 1996
al-arabiya | قناة العربية ; العربية نت | Al Arabiya | قناة إخبارية عربية سعودية الملكية مقرها دبي، انطلقت عام 2003. | A Saudi-owned Arabic news channel based in Dubai, launched in 2003. | w: العربية (قناة) / Al Arabiya | r: dubai, saudi-arabia | f: founded 2003
al-hadath | قناة الحدث | Al Hadath | قناة إخبارية شقيقة لقناة العربية. | A news channel, sister to Al Arabiya. | w: - / Al Hadath | r: al-arabiya
sky-news-arabia | سكاي نيوز عربية | Sky News Arabia | قناة إخبارية عربية مقرها أبوظبي انطلقت عام 2012. | An Arabic news channel based in Abu Dhabi, launched in 2012. | w | r: abu-dhabi | f: founded 2012
bbc | بي بي سي ; هيئة الإذاعة البريطانية ; بي بي سي عربي ; البي بي سي | BBC ; British Broadcasting Corporation ; BBC Arabic | هيئة الإذاعة العامة البريطانية، ولها خدمة ناطقة بالعربية منذ 1938. | Britain's public broadcaster, with an Arabic service since 1938. | w | r: london, united-kingdom
france-24 | فرانس 24 ; فرانس24 | France 24 | قناة إخبارية فرنسية عامة تبث بالعربية والفرنسية والإنجليزية والإسبانية. | A French public news channel broadcasting in Arabic, French, English and Spanish. | w | r: france
rt-arabic | روسيا اليوم ; آر تي ; آر تي عربي | RT ; Russia Today ; RT Arabic | شبكة تلفزيونية روسية حكومية لها قناة بالعربية. | A Russian state television network with an Arabic channel. | w: روسيا اليوم / RT (TV network) | r: russia
alhurra | قناة الحرة | Alhurra | قناة إخبارية عربية ممولة من الحكومة الأمريكية انطلقت عام 2004. | A US government-funded Arabic news channel launched in 2004. | w: الحرة (قناة) / Alhurra | r: united-states | f: founded 2004
al-mayadeen | الميادين ; قناة الميادين | Al Mayadeen | قناة إخبارية لبنانية مقرها بيروت انطلقت عام 2012. | A Lebanese news channel based in Beirut, launched in 2012. | w | r: beirut
al-manar | قناة المنار | Al-Manar | قناة تلفزيونية تابعة لحزب الله مقرها بيروت. | Hezbollah's television channel, based in Beirut. | w | r: hezbollah
al-masirah | قناة المسيرة | Al-Masirah | قناة تلفزيونية تابعة لجماعة الحوثيين. | The Houthi movement's television channel. | w: - / Al-Masirah | r: houthis
reuters | رويترز ; وكالة رويترز | Reuters | وكالة أنباء دولية تأسست في لندن عام 1851. | An international news agency founded in London in 1851. | w | r: london | f: founded 1851
afp | وكالة الأنباء الفرنسية ; فرانس برس ; فرانس بريس ; وكالة فرانس برس ; أ ف ب | Agence France-Presse ; AFP | وكالة أنباء فرنسية دولية مقرها باريس. | An international French news agency based in Paris. | w: وكالة فرانس برس / Agence France-Presse | r: paris
associated-press | أسوشيتد برس ; وكالة أسوشيتد برس ; أسوشيتدبرس ; أسوشييتد برس | Associated Press ; AP | وكالة أنباء أمريكية تعاونية مقرها نيويورك. | An American cooperative news agency based in New York. | w | r: new-york-city
dpa | وكالة الأنباء الألمانية ; د ب أ | Deutsche Presse-Agentur ; dpa | وكالة الأنباء الرئيسية في ألمانيا. | Germany's main news agency. | w | r: germany
anadolu | وكالة الأناضول ; الأناضول | Anadolu Agency ; Anadolu | وكالة الأنباء الرسمية التركية، لها خدمة بالعربية. | Turkey's state news agency, with an Arabic service. | w: وكالة الأناضول / Anadolu Agency | r: turkey
xinhua | وكالة أنباء الصين الجديدة ; شينخوا ; شينغهوا | Xinhua News Agency ; Xinhua | وكالة الأنباء الرسمية الصينية. | China's state news agency. | w: شينخوا / Xinhua News Agency | r: china
tass | وكالة تاس ; تاس | TASS | وكالة الأنباء الرسمية الروسية. | Russia's state news agency. | w | r: russia
sputnik | سبوتنيك ; وكالة سبوتنيك | Sputnik | وكالة أنباء روسية حكومية لها خدمة بالعربية. | A Russian state news agency with an Arabic service. | w: - / Sputnik (news agency) | r: russia
irna | وكالة الجمهورية الإسلامية للأنباء ; إرنا ; ارنا | Islamic Republic News Agency ; IRNA | وكالة الأنباء الرسمية الإيرانية. | Iran's official news agency. | w | r: iran
tasnim | وكالة تسنيم ; تسنيم | Tasnim News Agency ; Tasnim | وكالة أنباء إيرانية مقربة من الحرس الثوري. | An Iranian news agency close to the IRGC. | w: - / Tasnim News Agency | r: iran, irgc
map | وكالة المغرب العربي للأنباء ; لاماب | Maghreb Arabe Presse ; MAP | وكالة الأنباء الرسمية المغربية، تأسست عام 1959. | Morocco's official news agency, founded in 1959. | w | r: morocco | f: founded 1959
aps-algeria | وكالة الأنباء الجزائرية ; واج | Algérie Presse Service ; APS | وكالة الأنباء الرسمية الجزائرية. | Algeria's official news agency. | w: وكالة الأنباء الجزائرية / Algérie Presse Service | r: algeria
tap | وكالة تونس أفريقيا للأنباء | Tunis Afrique Presse ; TAP | وكالة الأنباء الرسمية التونسية. | Tunisia's official news agency. | w | r: tunisia
lana | وكالة الأنباء الليبية | Libyan News Agency ; LANA | وكالة الأنباء الرسمية الليبية. | Libya's official news agency. | w: وكالة الأنباء الليبية / Libyan News Agency | r: libya
mena-agency | وكالة أنباء الشرق الأوسط ; أ ش أ | Middle East News Agency ; MENA | وكالة الأنباء الرسمية المصرية، تأسست عام 1955. | Egypt's official news agency, founded in 1955. | w | r: egypt | f: founded 1955
spa | وكالة الأنباء السعودية ; واس | Saudi Press Agency ; SPA | وكالة الأنباء الرسمية السعودية. | Saudi Arabia's official news agency. | w | r: saudi-arabia
wam | وكالة أنباء الإمارات ; وام | Emirates News Agency ; WAM | وكالة الأنباء الرسمية الإماراتية. | The UAE's official news agency. | w | r: united-arab-emirates
qna | وكالة الأنباء القطرية ; قنا | Qatar News Agency ; QNA | وكالة الأنباء الرسمية القطرية. | Qatar's official news agency. | w | r: qatar
kuna | وكالة الأنباء الكويتية ; كونا | Kuwait News Agency ; KUNA | وكالة الأنباء الرسمية الكويتية. | Kuwait's official news agency. | w | r: kuwait
bna | وكالة أنباء البحرين | Bahrain News Agency ; BNA | وكالة الأنباء الرسمية البحرينية. | Bahrain's official news agency. | w | r: bahrain
ona | وكالة الأنباء العمانية | Oman News Agency ; ONA | وكالة الأنباء الرسمية العمانية. | Oman's official news agency. | w | r: oman
petra | وكالة الأنباء الأردنية ; بترا | Jordan News Agency ; Petra | وكالة الأنباء الرسمية الأردنية. | Jordan's official news agency. | w | r: jordan
sana | الوكالة العربية السورية للأنباء ; سانا | Syrian Arab News Agency ; SANA | وكالة الأنباء الرسمية السورية. | Syria's official news agency. | w | r: syria
nna | الوكالة الوطنية للإعلام ; الوكالة الوطنية للإعلام اللبنانية | National News Agency (Lebanon) ; NNA | وكالة الأنباء الرسمية اللبنانية. | Lebanon's official news agency. | w: الوكالة الوطنية للإعلام / National News Agency (Lebanon) | r: lebanon
ina | وكالة الأنباء العراقية ; واع | Iraqi News Agency ; INA | وكالة الأنباء الرسمية العراقية. | Iraq's official news agency. | w | r: iraq
wafa | وكالة الأنباء والمعلومات الفلسطينية ; وفا ; وكالة وفا | WAFA ; Palestinian News and Information Agency | وكالة الأنباء الرسمية الفلسطينية. | The official Palestinian news agency. | w: وفا / WAFA | r: palestine
suna | وكالة السودان للأنباء ; سونا | Sudan News Agency ; SUNA | وكالة الأنباء الرسمية السودانية. | Sudan's official news agency. | w | r: sudan
saba | وكالة الأنباء اليمنية سبأ ; وكالة سبأ ; سبأ | Saba News Agency | وكالة الأنباء اليمنية الرسمية، وتتنازعها الحكومة والحوثيون. | Yemen's official news agency, contested between the government and the Houthis. | w: - / Saba News Agency | r: yemen
al-ahram | الأهرام ; صحيفة الأهرام ; جريدة الأهرام | Al-Ahram | صحيفة يومية مصرية حكومية تأسست عام 1875، من أقدم الصحف العربية. | An Egyptian state daily founded in 1875, one of the oldest Arabic newspapers. | w: الأهرام (صحيفة) / Al-Ahram | r: egypt, cairo | f: founded 1875
asharq-al-awsat | الشرق الأوسط ; صحيفة الشرق الأوسط ; جريدة الشرق الأوسط | Asharq Al-Awsat | صحيفة يومية عربية سعودية الملكية تصدر من لندن منذ 1978. | A Saudi-owned pan-Arab daily published in London since 1978. | w: الشرق الأوسط (صحيفة) / Asharq Al-Awsat | r: london, saudi-arabia | f: founded 1978
al-quds-al-arabi | القدس العربي ; صحيفة القدس العربي | Al-Quds Al-Arabi | صحيفة عربية يومية تصدر من لندن. | A pan-Arab daily published in London. | w | r: london
annahar | صحيفة النهار ; جريدة النهار | An-Nahar | صحيفة يومية لبنانية تأسست عام 1933. | A Lebanese daily founded in 1933. | w: النهار (صحيفة لبنانية) / An-Nahar | r: beirut | f: founded 1933
al-akhbar-lebanon | الأخبار اللبنانية ; صحيفة الأخبار اللبنانية | Al Akhbar (Lebanon) | صحيفة يومية لبنانية تأسست عام 2006. | A Lebanese daily founded in 2006. | we: Al Akhbar (Lebanon) | r: beirut
hespress | هسبريس ; موقع هسبريس | Hespress | موقع إخباري مغربي من الأوسع انتشاراً. | One of Morocco's most-read news websites. | w | r: morocco
new-york-times | نيويورك تايمز ; صحيفة نيويورك تايمز | The New York Times ; New York Times ; NYT | صحيفة يومية أمريكية تأسست عام 1851. | An American daily founded in 1851. | w | r: new-york-city | f: founded 1851
washington-post | واشنطن بوست ; صحيفة واشنطن بوست | The Washington Post ; Washington Post | صحيفة يومية أمريكية مقرها واشنطن. | An American daily based in Washington. | w | r: washington-dc
wall-street-journal | وول ستريت جورنال ; صحيفة وول ستريت جورنال | The Wall Street Journal ; Wall Street Journal ; WSJ | صحيفة اقتصادية يومية أمريكية. | An American business daily. | w
cnn | سي إن إن ; سي ان ان ; شبكة سي إن إن | CNN ; Cable News Network | شبكة إخبارية تلفزيونية أمريكية. | An American television news network. | w
fox-news | فوكس نيوز | Fox News | شبكة إخبارية تلفزيونية أمريكية محافظة. | A conservative American television news network. | w
axios | أكسيوس ; موقع أكسيوس | Axios | موقع إخباري أمريكي يُنقل عنه كثيراً في أخبار الشرق الأوسط. | An American news site often cited in Middle East news. | w: - / Axios (website)
the-guardian | الغارديان ; صحيفة الغارديان ; الجارديان | The Guardian ; Guardian | صحيفة يومية بريطانية. | A British daily newspaper. | w
financial-times | فايننشال تايمز ; الفايننشال تايمز | Financial Times ; FT | صحيفة اقتصادية يومية بريطانية. | A British business daily. | w
the-times | التايمز ; صحيفة التايمز | The Times | صحيفة يومية بريطانية. | A British daily newspaper. | w
le-monde | لوموند ; صحيفة لوموند | Le Monde | صحيفة يومية فرنسية. | A French daily newspaper. | w
haaretz | هآرتس ; صحيفة هآرتس | Haaretz | صحيفة يومية إسرائيلية. | An Israeli daily newspaper. | w | r: israel
yedioth-ahronoth | يديعوت أحرونوت ; يديعوت أحرنوت ; يديعوت | Yedioth Ahronoth | صحيفة يومية إسرائيلية واسعة الانتشار. | A widely read Israeli daily. | w | r: israel
times-of-israel | تايمز أوف إسرائيل | The Times of Israel | موقع إخباري إسرائيلي بالإنجليزية. | An Israeli English-language news site. | w | r: israel
kan | هيئة البث الإسرائيلية | Kan ; Israeli Public Broadcasting Corporation | هيئة البث العامة في إسرائيل. | Israel's public broadcaster. | w: - / Israeli Public Broadcasting Corporation | r: israel
`;
