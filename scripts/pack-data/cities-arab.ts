/**
 * Capitals and major cities of the Arab world.
 * id | name_ar ; aliases | name_en ; aliases | country id | capital or - | extra_ar | extra_en | options
 */
import { cities } from './define.ts';

export const arabCities = cities('cities-arab')`
# Morocco
rabat | الرباط ; مدينة الرباط ; العاصمة الرباط | Rabat | morocco | capital | وتقع على ساحل المحيط الأطلسي عند مصب نهر أبي رقراق. | on the Atlantic coast at the mouth of the Bou Regreg river.
casablanca | الدار البيضاء ; الدارالبيضاء ; كازابلانكا | Casablanca | morocco | - | وهي أكبر مدنها وعاصمتها الاقتصادية. | its largest city and economic capital. | tz: Africa/Casablanca
tangier | طنجة | Tangier ; Tangiers | morocco | - | تطل على مضيق جبل طارق وفيها ميناء طنجة المتوسط. | on the Strait of Gibraltar, home to the Tanger Med port.
marrakesh | مراكش | Marrakesh ; Marrakech | morocco | - | مدينة تاريخية ووجهة سياحية كبرى. | a historic city and major tourist destination.
fez | فاس | Fez ; Fes | morocco | - | من أقدم المدن الإمبراطورية المغربية وفيها جامعة القرويين. | one of Morocco's oldest imperial cities, home to al-Qarawiyyin. | w: فاس / Fez, Morocco
meknes | مكناس | Meknes | morocco | - | - | -
agadir | أكادير ; اكادير | Agadir | morocco | - | - | -
oujda | وجدة | Oujda | morocco | - | قرب الحدود الجزائرية. | near the Algerian border.
tetouan | تطوان | Tetouan | morocco | - | - | -
laayoune | العيون ; مدينة العيون | Laayoune ; El Aaiún | western-sahara | - | وهي كبرى مدن الإقليم ويديرها المغرب. | its largest city, administered by Morocco. | tz: Africa/El_Aaiun
dakhla | الداخلة ; مدينة الداخلة | Dakhla | western-sahara | - | على ساحل المحيط الأطلسي ويديرها المغرب. | on the Atlantic coast, administered by Morocco. | w: الداخلة (المغرب) / Dakhla, Western Sahara
# Algeria
algiers | الجزائر العاصمة ; مدينة الجزائر | Algiers | algeria | capital | وهي أكبر مدنها وميناء على البحر المتوسط. | its largest city and a Mediterranean port. | tz: Africa/Algiers | wa: الجزائر (مدينة)
oran | وهران | Oran | algeria | - | ثانية كبرى مدنها على الساحل الغربي. | its second city, on the western coast.
constantine | قسنطينة | Constantine | algeria | - | - | - | we: Constantine, Algeria
annaba | عنابة | Annaba | algeria | - | - | -
tamanrasset | تمنراست | Tamanrasset | algeria | - | في أقصى الجنوب قرب منطقة الساحل. | in the far south near the Sahel.
tindouf | تندوف | Tindouf | algeria | - | قرب الحدود المغربية، وفي محيطها مخيمات اللاجئين الصحراويين. | near the Moroccan border, site of the Sahrawi refugee camps.
# Tunisia
tunis | تونس العاصمة ; مدينة تونس | Tunis | tunisia | capital | وتقع على خليج تونس. | on the Gulf of Tunis. | wa: تونس (مدينة)
sfax | صفاقس | Sfax | tunisia | - | ثانية كبرى مدنها ومركز صناعي وتجاري. | its second city and an industrial and trading centre.
sousse | سوسة | Sousse | tunisia | - | - | -
kairouan | القيروان | Kairouan | tunisia | - | من أقدم المدن الإسلامية في شمال أفريقيا. | one of the oldest Islamic cities in North Africa.
# Libya
tripoli | طرابلس ; طرابلس الليبية ; العاصمة الليبية طرابلس | Tripoli ; Tripoli, Libya | libya | capital | ومقر حكومة الوحدة الوطنية. | and seat of the Government of National Unity. | w: طرابلس / Tripoli, Libya | as: 2025
benghazi | بنغازي | Benghazi | libya | - | ثانية كبرى مدنها ومركز الشرق الليبي. | its second city and the centre of eastern Libya.
misrata | مصراتة | Misrata | libya | - | - | -
sirte | سرت ; مدينة سرت | Sirte | libya | - | - | -
derna | درنة | Derna | libya | - | ضربتها فيضانات مدمرة عام 2023. | hit by devastating floods in 2023.
tobruk | طبرق | Tobruk | libya | - | مقر مجلس النواب الليبي. | seat of Libya's House of Representatives.
sabha | سبها | Sabha | libya | - | - | - | we: Sabha, Libya
# Egypt
cairo | القاهرة ; القاهره | Cairo | egypt | capital | وهي أكبر مدن العالم العربي. | the largest city in the Arab world. | tz: Africa/Cairo | q: Q85
alexandria | الإسكندرية ; الاسكندرية | Alexandria | egypt | - | ثانية كبرى مدنها وميناؤها الرئيسي على البحر المتوسط. | its second city and main Mediterranean port.
giza | الجيزة | Giza | egypt | - | وفيها أهرامات الجيزة. | home to the Giza pyramids.
port-said | بورسعيد ; بور سعيد | Port Said | egypt | - | عند المدخل الشمالي لقناة السويس. | at the northern entrance of the Suez Canal.
suez | السويس | Suez | egypt | - | عند المدخل الجنوبي لقناة السويس. | at the southern entrance of the Suez Canal.
sharm-el-sheikh | شرم الشيخ | Sharm El Sheikh | egypt | - | منتجع في جنوب سيناء استضاف قمماً دولية. | a resort in southern Sinai that has hosted international summits.
luxor | الأقصر | Luxor | egypt | - | - | -
aswan | أسوان | Aswan | egypt | - | - | -
rafah-egypt | رفح المصرية | Rafah, Egypt | egypt | - | وفيها المعبر الحدودي مع قطاع غزة. | site of the border crossing with the Gaza Strip. | nowa | we: Rafah, Egypt | r: rafah-crossing
el-arish | العريش | Arish ; El Arish | egypt | - | - | - | we: Arish
new-administrative-capital | العاصمة الإدارية الجديدة ; العاصمة الإدارية | New Administrative Capital | egypt | - | قيد الإنشاء شرقي القاهرة منذ 2015 لتكون مقراً للحكومة. | under construction east of Cairo since 2015 as the new seat of government.
# Sudan
khartoum | الخرطوم | Khartoum | sudan | capital | عند ملتقى النيلين الأبيض والأزرق. | where the White and Blue Nile meet. | tz: Africa/Khartoum
omdurman | أم درمان | Omdurman | sudan | - | - | -
port-sudan | بورتسودان ; بور سودان | Port Sudan | sudan | - | على البحر الأحمر، صارت مقراً مؤقتاً للحكومة خلال الحرب منذ 2023. | on the Red Sea; it became the government's temporary seat during the war from 2023.
el-fasher | الفاشر | El Fasher | sudan | - | عاصمة ولاية شمال دارفور. | capital of North Darfur state.
nyala | نيالا | Nyala | sudan | - | - | - | we: Nyala, Sudan
el-obeid | الأبيض ; مدينة الأبيض | El-Obeid | sudan | - | - | -
juba | جوبا | Juba | south-sudan | capital | - | - | tz: Africa/Juba
# Mauritania, Somalia, Djibouti, Comoros
nouakchott | نواكشوط | Nouakchott | mauritania | capital | - | - | tz: Africa/Nouakchott
nouadhibou | نواذيبو | Nouadhibou | mauritania | - | - | -
mogadishu | مقديشو ; مقديشيو | Mogadishu | somalia | capital | - | - | tz: Africa/Mogadishu
hargeisa | هرجيسا | Hargeisa | somalia | - | كبرى مدن إقليم أرض الصومال. | the main city of Somaliland.
djibouti-city | مدينة جيبوتي ; جيبوتي العاصمة | Djibouti City | djibouti | capital | - | - | nowa | we: Djibouti (city)
moroni | موروني | Moroni | comoros | capital | - | - | we: Moroni, Comoros
# Saudi Arabia
riyadh | الرياض | Riyadh | saudi-arabia | capital | وهي أكبر مدنها. | its largest city. | tz: Asia/Riyadh
jeddah | جدة ; جده | Jeddah ; Jiddah | saudi-arabia | - | ميناء على البحر الأحمر وبوابة الحجاج إلى مكة. | a Red Sea port and pilgrims' gateway to Mecca.
mecca | مكة المكرمة ; مكة ; مكه ; أم القرى | Mecca ; Makkah | saudi-arabia | - | أقدس مدن الإسلام، فيها المسجد الحرام والكعبة. | Islam's holiest city, home to the Great Mosque and the Kaaba. | wa: مكة | r: masjid-al-haram
medina | المدينة المنورة ; المدينة النبوية | Medina ; Madinah | saudi-arabia | - | ثانية المدن المقدسة في الإسلام، فيها المسجد النبوي. | Islam's second holy city, home to the Prophet's Mosque. | r: prophets-mosque
dammam | الدمام | Dammam | saudi-arabia | - | في المنطقة الشرقية الغنية بالنفط. | in the oil-rich Eastern Province.
dhahran | الظهران | Dhahran | saudi-arabia | - | مقر شركة أرامكو السعودية. | home of Saudi Aramco. | r: saudi-aramco
neom | نيوم ; مشروع نيوم | Neom | saudi-arabia | - | مشروع مدينة ومنطقة جديدة في شمال غرب البلاد أُعلن عام 2017. | a new city and region project in the north-west announced in 2017.
# Gulf
abu-dhabi | أبوظبي ; أبو ظبي | Abu Dhabi | united-arab-emirates | capital | - | -
dubai | دبي | Dubai | united-arab-emirates | - | وهي أكبر مدنها ومركز تجاري ومالي. | its largest city and a trading and financial hub. | tz: Asia/Dubai
sharjah | الشارقة | Sharjah | united-arab-emirates | - | - | - | we: Sharjah (city)
doha | الدوحة | Doha | qatar | capital | - | -
manama | المنامة | Manama | bahrain | capital | - | -
kuwait-city | مدينة الكويت ; الكويت العاصمة | Kuwait City | kuwait | capital | - | - | nowa
muscat | مسقط | Muscat | oman | capital | - | - | tz: Asia/Muscat
salalah | صلالة | Salalah | oman | - | - | -
# Yemen
sanaa | صنعاء | Sanaa ; Sana'a | yemen | capital | ويسيطر عليها الحوثيون منذ 2014. | held by the Houthis since 2014. | as: 2025
aden | عدن | Aden | yemen | - | ميناء على خليج عدن ومقر الحكومة المعترف بها دولياً. | a port on the Gulf of Aden and seat of the internationally recognised government. | tz: Asia/Aden | as: 2025
taiz | تعز | Taiz | yemen | - | - | -
hodeidah | الحديدة | Hodeidah ; Al Hudaydah | yemen | - | ميناء رئيسي على البحر الأحمر. | a main Red Sea port.
marib | مأرب | Marib | yemen | - | - | -
mukalla | المكلا | Mukalla | yemen | - | - | -
saada | صعدة | Saada | yemen | - | معقل جماعة الحوثيين في شمال اليمن. | the Houthi heartland in northern Yemen.
# Iraq
baghdad | بغداد | Baghdad | iraq | capital | على نهر دجلة. | on the Tigris. | tz: Asia/Baghdad
basra | البصرة | Basra | iraq | - | ميناء العراق الرئيسي ومركز صناعته النفطية. | Iraq's main port and the hub of its oil industry.
mosul | الموصل | Mosul | iraq | - | سيطر عليها تنظيم الدولة الإسلامية من 2014 إلى 2017. | held by the Islamic State group from 2014 to 2017.
erbil | أربيل ; اربيل ; هولير | Erbil | iraq | - | عاصمة إقليم كردستان العراق. | capital of the Kurdistan Region. | r: iraqi-kurdistan
kirkuk | كركوك | Kirkuk | iraq | - | - | -
sulaymaniyah | السليمانية | Sulaymaniyah | iraq | - | - | -
najaf | النجف ; النجف الأشرف | Najaf | iraq | - | مدينة شيعية مقدسة فيها مرقد الإمام علي ومرجعية دينية كبرى. | a Shia holy city with the shrine of Imam Ali and a major seat of religious authority.
karbala | كربلاء | Karbala | iraq | - | مدينة شيعية مقدسة فيها مرقد الإمام الحسين. | a Shia holy city with the shrine of Imam Hussein.
fallujah | الفلوجة | Fallujah | iraq | - | - | -
ramadi | الرمادي | Ramadi | iraq | - | - | -
tikrit | تكريت | Tikrit | iraq | - | - | -
# Syria
damascus | دمشق | Damascus | syria | capital | من أقدم المدن المأهولة في العالم. | one of the oldest continuously inhabited cities. | tz: Asia/Damascus
aleppo | حلب | Aleppo | syria | - | أكبر مدنها قبل الحرب ومركز تجاري تاريخي. | its largest city before the war and a historic trading centre.
homs | حمص | Homs | syria | - | - | -
hama | حماة | Hama | syria | - | - | -
latakia | اللاذقية | Latakia | syria | - | ميناؤها الرئيسي على البحر المتوسط. | its main Mediterranean port.
tartus | طرطوس | Tartus | syria | - | ميناء على البحر المتوسط فيه قاعدة بحرية روسية. | a Mediterranean port with a Russian naval base.
idlib | إدلب ; ادلب | Idlib | syria | - | - | -
deir-ez-zor | دير الزور | Deir ez-Zor | syria | - | على نهر الفرات. | on the Euphrates.
raqqa | الرقة | Raqqa | syria | - | اتخذها تنظيم الدولة الإسلامية عاصمة له حتى 2017. | the Islamic State group's de facto capital until 2017.
daraa | درعا | Daraa | syria | - | انطلقت منها الاحتجاجات عام 2011. | where the 2011 protests began.
sweida | السويداء | Suwayda ; Sweida | syria | - | مركز منطقة الدروز في جنوب البلاد. | centre of the Druze region in the south.
qamishli | القامشلي | Qamishli | syria | - | - | -
# Lebanon
beirut | بيروت | Beirut | lebanon | capital | - | - | tz: Asia/Beirut
tripoli-lebanon | طرابلس اللبنانية ; طرابلس لبنان ; طرابلس الشام | Tripoli, Lebanon | lebanon | - | ثانية كبرى مدنها في الشمال. | its second city, in the north. | w: طرابلس (لبنان) / Tripoli, Lebanon
sidon | صيدا | Sidon | lebanon | - | - | -
tyre | صور ; مدينة صور | Tyre ; Tyre, Lebanon | lebanon | - | - | - | w: صور (لبنان) / Tyre, Lebanon
baalbek | بعلبك | Baalbek | lebanon | - | - | -
# Jordan
amman | عمّان ; العاصمة الأردنية عمان | Amman | jordan | capital | - | - | tz: Asia/Amman
zarqa | الزرقاء ; مدينة الزرقاء | Zarqa | jordan | - | - | -
aqaba | العقبة ; مدينة العقبة ; ميناء العقبة | Aqaba | jordan | - | ميناء الأردن الوحيد على البحر الأحمر. | Jordan's only Red Sea port.
irbid | إربد ; اربد | Irbid | jordan | - | - | -
# Palestine and Israel
jerusalem | القدس ; القدس الشريف ; بيت المقدس ; أورشليم | Jerusalem ; Al-Quds | palestine | - | مدينة مقدسة في الأديان الثلاثة، تتنازعها إسرائيل والفلسطينيون. | holy to three religions and contested between Israel and the Palestinians. | q: Q1218 | r: israel, east-jerusalem, al-aqsa-mosque
gaza | غزة ; مدينة غزة | Gaza City ; Gaza | palestine | - | كبرى مدن قطاع غزة. | the largest city of the Gaza Strip. | tz: Asia/Gaza | w: غزة / Gaza City | r: gaza-strip
ramallah | رام الله | Ramallah | palestine | - | في الضفة الغربية ومقر السلطة الفلسطينية. | in the West Bank, seat of the Palestinian Authority. | r: west-bank, palestinian-authority
hebron | الخليل | Hebron | palestine | - | أكبر مدن الضفة الغربية وفيها الحرم الإبراهيمي. | the largest city of the West Bank, home to the Ibrahimi Mosque. | tz: Asia/Hebron | r: west-bank
nablus | نابلس | Nablus | palestine | - | - | - | r: west-bank
jenin | جنين ; مخيم جنين | Jenin | palestine | - | في شمال الضفة الغربية. | in the northern West Bank. | r: west-bank
bethlehem | بيت لحم | Bethlehem | palestine | - | - | - | r: west-bank
tulkarm | طولكرم | Tulkarm | palestine | - | - | - | r: west-bank
jericho | أريحا | Jericho | palestine | - | - | - | r: west-bank
khan-yunis | خان يونس ; خانيونس | Khan Yunis | palestine | - | ثانية كبرى مدن قطاع غزة. | the second city of the Gaza Strip. | r: gaza-strip
rafah | رفح | Rafah | palestine | - | في جنوب قطاع غزة على الحدود المصرية. | in the south of the Gaza Strip on the Egyptian border. | r: gaza-strip, rafah-crossing
deir-al-balah | دير البلح | Deir al-Balah | palestine | - | - | - | r: gaza-strip
jabalia | جباليا ; مخيم جباليا | Jabalia | palestine | - | - | - | r: gaza-strip
tel-aviv | تل أبيب ; تل ابيب ; تل أبيب يافا | Tel Aviv | israel | - | مركزها الاقتصادي وفيها معظم السفارات الأجنبية. | its economic centre, home to most foreign embassies.
haifa | حيفا | Haifa | israel | - | - | -
jaffa | يافا | Jaffa | israel | - | - | -
nazareth | الناصرة | Nazareth | israel | - | - | -
eilat | إيلات ; ايلات ; أم الرشراش | Eilat | israel | - | - | -
beersheba | بئر السبع | Beersheba | israel | - | - | -
acre | عكا | Acre ; Akko | israel | - | - | - | we: Acre, Israel
`;
