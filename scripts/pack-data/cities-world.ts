/**
 * Capitals and major cities outside the Arab world that appear in Arabic news.
 * id | name_ar ; aliases | name_en ; aliases | country id | capital or - | extra_ar | extra_en | options
 */
import { cities } from './define.ts';

export const worldCities = cities('cities-world')`
# Turkey, Iran, Caucasus, Central and South Asia
ankara | أنقرة ; انقرة | Ankara | turkey | capital | - | -
istanbul | إسطنبول ; اسطنبول ; إستانبول ; الآستانة | Istanbul | turkey | - | وهي أكبر مدنها ومركزها الاقتصادي على مضيق البوسفور. | its largest city and economic centre on the Bosphorus. | tz: Europe/Istanbul
gaziantep | غازي عنتاب | Gaziantep | turkey | - | - | -
diyarbakir | ديار بكر | Diyarbakır ; Diyarbakir | turkey | - | كبرى مدن جنوب شرق تركيا ذي الغالبية الكردية. | the largest city of Turkey's mainly Kurdish south-east.
tehran | طهران | Tehran | iran | capital | - | - | tz: Asia/Tehran
mashhad | مشهد ; مدينة مشهد | Mashhad | iran | - | ثانية كبرى مدنها وفيها مرقد الإمام الرضا. | its second city, home to the shrine of Imam Reza. | r: imam-reza-shrine
qom | قم ; مدينة قم | Qom | iran | - | مركز ديني شيعي رئيسي. | a leading Shia religious centre.
isfahan | أصفهان ; اصفهان | Isfahan | iran | - | - | -
tabriz | تبريز | Tabriz | iran | - | - | -
bandar-abbas | بندر عباس | Bandar Abbas | iran | - | ميناء على مضيق هرمز. | a port on the Strait of Hormuz.
kabul | كابول | Kabul | afghanistan | capital | - | - | tz: Asia/Kabul
kandahar | قندهار | Kandahar | afghanistan | - | - | -
islamabad | إسلام آباد ; اسلام اباد | Islamabad | pakistan | capital | - | -
karachi | كراتشي | Karachi | pakistan | - | وهي أكبر مدنها ومينائها الرئيسي. | its largest city and main port. | tz: Asia/Karachi
lahore | لاهور | Lahore | pakistan | - | - | -
new-delhi | نيودلهي ; نيو دلهي | New Delhi | india | capital | - | -
mumbai | مومباي ; بومباي | Mumbai | india | - | - | -
dhaka | دكا ; داكا | Dhaka | bangladesh | capital | - | - | tz: Asia/Dhaka
baku | باكو | Baku | azerbaijan | capital | - | - | tz: Asia/Baku
yerevan | يريفان | Yerevan | armenia | capital | - | - | tz: Asia/Yerevan
tbilisi | تبليسي | Tbilisi | georgia | capital | - | - | tz: Asia/Tbilisi
astana | أستانا ; استانا | Astana | kazakhstan | capital | - | -
tashkent | طشقند | Tashkent | uzbekistan | capital | - | - | tz: Asia/Tashkent
samarkand | سمرقند | Samarkand | uzbekistan | - | - | - | tz: Asia/Samarkand
# East and South-East Asia
beijing | بكين ; بيجينغ ; بيجين | Beijing ; Peking | china | capital | - | -
shanghai | شنغهاي ; شانغهاي | Shanghai | china | - | وهي أكبر مدنها ومركز مالي عالمي. | its largest city and a global financial centre. | tz: Asia/Shanghai
guangzhou | قوانغتشو ; غوانغتشو ; كانتون | Guangzhou ; Canton | china | - | - | -
tokyo | طوكيو | Tokyo | japan | capital | - | - | tz: Asia/Tokyo
seoul | سول ; سيول | Seoul | south-korea | capital | - | - | tz: Asia/Seoul
pyongyang | بيونغ يانغ ; بيونغيانغ ; بيونج يانج | Pyongyang | north-korea | capital | - | - | tz: Asia/Pyongyang
taipei | تايبيه ; تايبي | Taipei | taiwan | capital | - | - | tz: Asia/Taipei
jakarta | جاكرتا | Jakarta | indonesia | capital | - | - | tz: Asia/Jakarta
kuala-lumpur | كوالالمبور ; كوالا لمبور | Kuala Lumpur | malaysia | capital | - | - | tz: Asia/Kuala_Lumpur
manila | مانيلا | Manila | philippines | capital | - | - | tz: Asia/Manila
bangkok | بانكوك | Bangkok | thailand | capital | - | - | tz: Asia/Bangkok
hanoi | هانوي | Hanoi | vietnam | capital | - | -
singapore-city | مدينة سنغافورة | Singapore City | singapore | capital | - | - | nowa | we: Singapore
naypyidaw | نايبيداو ; نايبيتاو | Naypyidaw | myanmar | capital | - | - | nowa
# Europe
london | لندن | London | united-kingdom | capital | وهي مركز مالي عالمي. | a global financial centre. | tz: Europe/London | q: Q84
manchester | مانشستر | Manchester | united-kingdom | - | - | -
paris | باريس | Paris | france | capital | - | - | tz: Europe/Paris | q: Q90
marseille | مرسيليا | Marseille | france | - | - | -
lyon | ليون ; مدينة ليون | Lyon | france | - | - | -
berlin | برلين | Berlin | germany | capital | - | - | tz: Europe/Berlin | q: Q64
munich | ميونخ | Munich | germany | - | - | -
frankfurt | فرانكفورت | Frankfurt | germany | - | مركز مالي ومقر البنك المركزي الأوروبي. | a financial centre, seat of the European Central Bank.
rome | روما | Rome | italy | capital | - | - | tz: Europe/Rome | q: Q220
milan | ميلانو ; ميلان | Milan | italy | - | - | -
madrid | مدريد | Madrid | spain | capital | - | - | tz: Europe/Madrid
barcelona | برشلونة | Barcelona | spain | - | - | -
valencia | بلنسية ; فالنسيا | Valencia | spain | - | - | -
seville | إشبيلية ; اشبيلية | Seville | spain | - | - | -
ceuta | سبتة | Ceuta | spain | - | مدينة إسبانية على الساحل المغربي يطالب بها المغرب. | a Spanish city on the Moroccan coast claimed by Morocco. | r: morocco
melilla | مليلية | Melilla | spain | - | مدينة إسبانية على الساحل المغربي يطالب بها المغرب. | a Spanish city on the Moroccan coast claimed by Morocco. | r: morocco
lisbon | لشبونة | Lisbon | portugal | capital | - | - | tz: Europe/Lisbon
brussels | بروكسل | Brussels | belgium | capital | ومقر مؤسسات الاتحاد الأوروبي وحلف الناتو. | and seat of the EU institutions and NATO. | tz: Europe/Brussels
amsterdam | أمستردام ; امستردام | Amsterdam | netherlands | capital | - | - | tz: Europe/Amsterdam
the-hague | لاهاي | The Hague | netherlands | - | مقر الحكومة الهولندية ومحكمة العدل الدولية والمحكمة الجنائية الدولية. | seat of the Dutch government, the ICJ and the ICC. | r: icj, icc
geneva | جنيف | Geneva | switzerland | - | مقر أوروبي للأمم المتحدة ولمنظمات دولية عديدة. | the UN's European seat and home to many international organisations.
bern | برن | Bern | switzerland | capital | - | -
zurich | زيورخ | Zurich | switzerland | - | - | - | tz: Europe/Zurich
vienna | فيينا | Vienna | austria | capital | ومقر الوكالة الدولية للطاقة الذرية ومنظمة أوبك. | and seat of the IAEA and OPEC. | tz: Europe/Vienna | r: iaea, opec
athens | أثينا | Athens | greece | capital | - | - | tz: Europe/Athens
nicosia | نيقوسيا | Nicosia | cyprus | capital | - | - | tz: Asia/Nicosia
valletta | فاليتا | Valletta | malta | capital | - | -
stockholm | ستوكهولم | Stockholm | sweden | capital | - | - | tz: Europe/Stockholm
oslo | أوسلو ; اوسلو | Oslo | norway | capital | - | - | tz: Europe/Oslo
copenhagen | كوبنهاغن ; كوبنهاجن | Copenhagen | denmark | capital | - | - | tz: Europe/Copenhagen
helsinki | هلسنكي | Helsinki | finland | capital | - | - | tz: Europe/Helsinki
dublin | دبلن | Dublin | ireland | capital | - | - | tz: Europe/Dublin
warsaw | وارسو | Warsaw | poland | capital | - | - | tz: Europe/Warsaw
prague | براغ | Prague | czech-republic | capital | - | - | tz: Europe/Prague
budapest | بودابست | Budapest | hungary | capital | - | - | tz: Europe/Budapest
bucharest | بوخارست | Bucharest | romania | capital | - | - | tz: Europe/Bucharest
sofia | صوفيا | Sofia | bulgaria | capital | - | - | tz: Europe/Sofia
belgrade | بلغراد | Belgrade | serbia | capital | - | - | tz: Europe/Belgrade
sarajevo | سراييفو | Sarajevo | bosnia-and-herzegovina | capital | - | - | tz: Europe/Sarajevo
kyiv | كييف | Kyiv ; Kiev | ukraine | capital | - | - | tz: Europe/Kiev
kharkiv | خاركيف | Kharkiv | ukraine | - | - | -
odesa | أوديسا | Odesa ; Odessa | ukraine | - | - | -
minsk | مينسك | Minsk | belarus | capital | - | - | tz: Europe/Minsk
moscow | موسكو | Moscow | russia | capital | - | - | tz: Europe/Moscow | q: Q649
saint-petersburg | سانت بطرسبرغ ; سان بطرسبرغ ; بطرسبورغ | Saint Petersburg | russia | - | - | -
sochi | سوتشي | Sochi | russia | - | - | -
# Americas
washington-dc | واشنطن ; واشنطن العاصمة | Washington, D.C. ; Washington | united-states | capital | - | - | wa: واشنطن العاصمة
new-york-city | نيويورك ; مدينة نيويورك | New York City ; New York | united-states | - | وهي أكبر مدنها ومقر الأمم المتحدة. | its largest city and seat of the United Nations. | r: united-nations
los-angeles | لوس أنجلوس ; لوس أنجليس | Los Angeles | united-states | - | - | -
chicago | شيكاغو | Chicago | united-states | - | - | -
miami | ميامي | Miami | united-states | - | - | -
ottawa | أوتاوا | Ottawa | canada | capital | - | -
toronto | تورونتو | Toronto | canada | - | - | -
mexico-city | مكسيكو سيتي ; مدينة مكسيكو | Mexico City | mexico | capital | - | -
havana | هافانا | Havana | cuba | capital | - | -
caracas | كاراكاس | Caracas | venezuela | capital | - | -
bogota | بوغوتا | Bogotá ; Bogota | colombia | capital | - | - | we: Bogotá
brasilia | برازيليا | Brasília ; Brasilia | brazil | capital | - | - | we: Brasília
rio-de-janeiro | ريو دي جانيرو | Rio de Janeiro | brazil | - | - | -
sao-paulo | ساو باولو | São Paulo ; Sao Paulo | brazil | - | - | - | we: São Paulo
buenos-aires | بوينس آيرس ; بوينوس آيرس | Buenos Aires | argentina | capital | - | -
santiago | سانتياغو | Santiago ; Santiago de Chile | chile | capital | - | - | nowa
lima | ليما | Lima | peru | capital | - | -
# Africa
addis-ababa | أديس أبابا ; اديس ابابا | Addis Ababa | ethiopia | capital | ومقر الاتحاد الأفريقي. | and seat of the African Union. | tz: Africa/Addis_Ababa | r: african-union
asmara | أسمرة | Asmara | eritrea | capital | - | - | tz: Africa/Asmera
nairobi | نيروبي | Nairobi | kenya | capital | - | - | tz: Africa/Nairobi
kampala | كمبالا ; كامبالا | Kampala | uganda | capital | - | - | tz: Africa/Kampala
kigali | كيغالي | Kigali | rwanda | capital | - | - | tz: Africa/Kigali
dodoma | دودوما | Dodoma | tanzania | capital | - | -
dar-es-salaam | دار السلام | Dar es Salaam | tanzania | - | وهي أكبر مدنها. | its largest city. | tz: Africa/Dar_es_Salaam
kinshasa | كينشاسا | Kinshasa | dr-congo | capital | - | - | tz: Africa/Kinshasa
goma | غوما | Goma | dr-congo | - | - | -
brazzaville | برازافيل | Brazzaville | republic-of-the-congo | capital | - | - | tz: Africa/Brazzaville
abuja | أبوجا | Abuja | nigeria | capital | - | -
lagos | لاغوس | Lagos | nigeria | - | وهي أكبر مدنها. | its largest city. | tz: Africa/Lagos
accra | أكرا | Accra | ghana | capital | - | - | tz: Africa/Accra
abidjan | أبيدجان | Abidjan | ivory-coast | - | وهي أكبر مدنها ومركزها الاقتصادي. | its largest city and economic centre. | tz: Africa/Abidjan
dakar | داكار | Dakar | senegal | capital | - | - | tz: Africa/Dakar
bamako | باماكو | Bamako | mali | capital | - | - | tz: Africa/Bamako
timbuktu | تمبكتو ; تمبوكتو | Timbuktu | mali | - | مدينة تاريخية على أطراف الصحراء. | a historic city on the edge of the desert.
gao | غاو | Gao | mali | - | - | -
kidal | كيدال | Kidal | mali | - | - | -
niamey | نيامي | Niamey | niger | capital | - | - | tz: Africa/Niamey
agadez | أغاديس ; أغاديز | Agadez | niger | - | - | -
ouagadougou | واغادوغو | Ouagadougou | burkina-faso | capital | - | - | tz: Africa/Ouagadougou
ndjamena | نجامينا ; انجامينا | N'Djamena | chad | capital | - | - | tz: Africa/Ndjamena
conakry | كوناكري | Conakry | guinea | capital | - | - | tz: Africa/Conakry
yaounde | ياوندي | Yaoundé ; Yaounde | cameroon | capital | - | - | we: Yaoundé
bangui | بانغي ; بانغوي | Bangui | central-african-republic | capital | - | - | tz: Africa/Bangui
pretoria | بريتوريا | Pretoria | south-africa | capital | وهي العاصمة الإدارية. | the administrative capital.
johannesburg | جوهانسبرغ ; جوهانسبرج | Johannesburg | south-africa | - | وهي أكبر مدنها. | its largest city. | tz: Africa/Johannesburg
cape-town | كيب تاون ; كيبتاون | Cape Town | south-africa | - | - | -
# Oceania
canberra | كانبرا | Canberra | australia | capital | - | -
sydney | سيدني | Sydney | australia | - | - | -
wellington | ولينغتون | Wellington | new-zealand | capital | - | -
`;
