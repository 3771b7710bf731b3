/**
 * Writers, thinkers, football clubs and a few places that Arabic newswire names often (the most missed
 * names of the default pack on ANERcorp, see `npm run coverage`).
 */
import { table } from './define.ts';

export const culturePeople = table('person', 'culture-sport', '2025')`
albert-einstein | ألبرت أينشتاين ; أينشتاين ; آينشتاين ; ألبرت آينشتاين | Albert Einstein ; Einstein | فيزيائي ألماني المولد (1879-1955) صاحب نظرية النسبية، نال جائزة نوبل في الفيزياء عام 1921. | German-born physicist (1879-1955) who developed the theory of relativity; Nobel Prize in Physics 1921. | w: ألبرت أينشتاين / Albert Einstein | f: born 1879 | f: died 1955
sigmund-freud | سيغموند فرويد ; سيجموند فرويد ; فرويد | Sigmund Freud ; Freud | طبيب أعصاب نمساوي (1856-1939) أسس التحليل النفسي. | Austrian neurologist (1856-1939) who founded psychoanalysis. | w: سيغموند فرويد / Sigmund Freud | f: born 1856 | f: died 1939
tawfiq-al-hakim | توفيق الحكيم | Tawfiq al-Hakim | كاتب مسرحي وروائي مصري (1898-1987) من رواد المسرح العربي الحديث. | Egyptian playwright and novelist (1898-1987), a pioneer of modern Arabic theatre. | w: توفيق الحكيم / Tawfiq al-Hakim | r: egypt | f: born 1898 | f: died 1987
naguib-mahfouz | نجيب محفوظ | Naguib Mahfouz | روائي مصري (1911-2006)، أول كاتب بالعربية ينال جائزة نوبل للآداب عام 1988. | Egyptian novelist (1911-2006), the first Arabic-language writer to win the Nobel Prize in Literature (1988). | w: نجيب محفوظ / Naguib Mahfouz | r: egypt | f: born 1911 | f: died 2006
taha-hussein | طه حسين | Taha Hussein | أديب ومفكر مصري (1889-1973) لُقّب بعميد الأدب العربي. | Egyptian writer and thinker (1889-1973), known as the dean of Arabic literature. | w: طه حسين / Taha Hussein | r: egypt | f: born 1889 | f: died 1973
umm-kulthum | أم كلثوم | Umm Kulthum | مطربة مصرية (توفيت 1975) من أشهر أصوات الغناء العربي في القرن العشرين. | Egyptian singer (died 1975), one of the most celebrated Arab voices of the twentieth century. | w: أم كلثوم / Umm Kulthum | r: egypt | f: died 1975
mahmoud-darwish | محمود درويش | Mahmoud Darwish | شاعر فلسطيني (1941-2008) من أبرز شعراء العربية المعاصرين. | Palestinian poet (1941-2008), one of the foremost modern Arabic poets. | w: محمود درويش / Mahmoud Darwish | r: palestine | f: born 1941 | f: died 2008
leonardo-da-vinci | ليوناردو دا فينشي ; ليوناردو دافنشي ; دافنشي | Leonardo da Vinci | رسام ومخترع إيطالي من عصر النهضة (1452-1519)، صاحب لوحة الموناليزا. | Italian Renaissance painter and inventor (1452-1519) who painted the Mona Lisa. | w: ليوناردو دا فينشي / Leonardo da Vinci | r: italy | f: born 1452 | f: died 1519
`;

export const sportOrgs = table('org', 'culture-sport', '2025')`
al-ahly | النادي الأهلي ; الأهلي المصري ; نادي الأهلي | Al Ahly SC ; Al Ahly | نادٍ رياضي مصري في القاهرة تأسس عام 1907، الأكثر تتويجاً بدوري أبطال أفريقيا لكرة القدم. | An Egyptian sports club in Cairo founded in 1907, the most successful club in the CAF Champions League. | we: Al Ahly SC | r: cairo, egypt | f: founded 1907
zamalek | نادي الزمالك ; الزمالك | Zamalek SC ; Zamalek | نادٍ رياضي مصري في الجيزة تأسس عام 1911، والمنافس التقليدي للأهلي. | An Egyptian sports club in Giza founded in 1911, the traditional rival of Al Ahly. | we: Zamalek SC | r: al-ahly, egypt | f: founded 1911
raja-casablanca | الرجاء البيضاوي ; نادي الرجاء | Raja CA ; Raja Casablanca | نادٍ مغربي لكرة القدم في الدار البيضاء تأسس عام 1949. | A Moroccan football club in Casablanca founded in 1949. | we: Raja CA | r: casablanca, wydad | f: founded 1949
wydad | الوداد البيضاوي ; الوداد الرياضي ; نادي الوداد | Wydad AC ; Wydad Casablanca | نادٍ مغربي لكرة القدم في الدار البيضاء تأسس عام 1937. | A Moroccan football club in Casablanca founded in 1937. | we: Wydad AC | r: casablanca, raja-casablanca | f: founded 1937
esperance-tunis | الترجي الرياضي التونسي ; الترجي التونسي ; الترجي | Espérance de Tunis | نادٍ تونسي لكرة القدم في العاصمة تونس تأسس عام 1919. | A Tunisian football club in Tunis founded in 1919. | we: Espérance Sportive de Tunis | r: tunis | f: founded 1919
al-hilal | نادي الهلال السعودي ; الهلال السعودي | Al Hilal SFC ; Al Hilal | نادٍ سعودي لكرة القدم في الرياض تأسس عام 1957. | A Saudi football club in Riyadh founded in 1957. | we: Al Hilal SFC | r: riyadh | f: founded 1957
real-madrid | ريال مدريد ; نادي ريال مدريد | Real Madrid CF ; Real Madrid | نادٍ إسباني لكرة القدم في مدريد تأسس عام 1902. | A Spanish football club in Madrid founded in 1902. | we: Real Madrid CF | r: madrid | f: founded 1902
fc-barcelona | نادي برشلونة ; برشلونة الإسباني | FC Barcelona ; Barça | نادٍ إسباني لكرة القدم في برشلونة تأسس عام 1899. | A Spanish football club in Barcelona founded in 1899. | we: FC Barcelona | f: founded 1899
liverpool-fc | ليفربول ; نادي ليفربول | Liverpool FC ; Liverpool | نادٍ إنجليزي لكرة القدم في مدينة ليفربول تأسس عام 1892. | An English football club in the city of Liverpool, founded in 1892. | we: Liverpool F.C. | f: founded 1892
chelsea-fc | تشيلسي ; تشلسي ; نادي تشيلسي | Chelsea FC ; Chelsea | نادٍ إنجليزي لكرة القدم في لندن تأسس عام 1905. | An English football club in London founded in 1905. | we: Chelsea F.C. | r: london | f: founded 1905
manchester-united | مانشستر يونايتد | Manchester United | نادٍ إنجليزي لكرة القدم في مانشستر تأسس عام 1878. | An English football club in Manchester founded in 1878. | we: Manchester United F.C. | f: founded 1878
juventus | يوفنتوس ; نادي يوفنتوس | Juventus FC ; Juventus | نادٍ إيطالي لكرة القدم في تورينو تأسس عام 1897. | An Italian football club in Turin founded in 1897. | we: Juventus FC | f: founded 1897
caf | الاتحاد الأفريقي لكرة القدم ; الكاف | Confederation of African Football ; CAF | الهيئة المنظمة لكرة القدم في أفريقيا، مقرها القاهرة. | The governing body of football in Africa, based in Cairo. | we: Confederation of African Football | r: cairo, africa | f: founded 1957
`;

export const morePlaces = table('place', 'culture-sport', '2025')`
guantanamo-bay | غوانتانامو ; خليج غوانتانامو ; معتقل غوانتانامو ; جوانتانامو | Guantanamo Bay ; Guantánamo | قاعدة بحرية أمريكية في جنوب شرق كوبا، أقيم فيها عام 2002 معتقل لسجناء ما سُمّي الحرب على الإرهاب. | A US naval base in south-east Cuba where a detention camp for "war on terror" prisoners opened in 2002. | we: Guantanamo Bay Naval Base | r: cuba, united-states
khorasan | خراسان ; إقليم خراسان | Khorasan | إقليم تاريخي واسع يمتد على أجزاء من شرق إيران وأفغانستان وآسيا الوسطى. | A large historical region spanning parts of eastern Iran, Afghanistan and Central Asia. | we: Greater Khorasan | r: iran, afghanistan
new-orleans | نيو أورليانز ; نيو أورلينز | New Orleans | مدينة في ولاية لويزيانا الأمريكية على نهر المسيسيبي، اجتاحها إعصار كاترينا عام 2005. | A city in the US state of Louisiana on the Mississippi, devastated by Hurricane Katrina in 2005. | w: نيو أورليانز / New Orleans | r: united-states
kufa | الكوفة | Kufa | مدينة عراقية قرب النجف، من أقدم مدن العراق الإسلامية. | An Iraqi city near Najaf, one of Iraq's oldest Islamic-era cities. | w: الكوفة / Kufa | r: iraq
java | جاوة ; جزيرة جاوة ; جاوا | Java | الجزيرة الأكثر سكاناً في إندونيسيا، وفيها العاصمة جاكرتا. | Indonesia's most populous island, home to the capital Jakarta. | we: Java | r: indonesia
`;
