/** Companies, economic bodies and crossings that recur in Arab economic and political news. */
import { table } from './define.ts';

export const economy = table('org', 'orgs-economy', '2025')`
saudi-aramco | أرامكو السعودية ; أرامكو ; شركة أرامكو | Saudi Aramco ; Aramco | شركة النفط الوطنية السعودية ومقرها الظهران، من أكبر شركات الطاقة في العالم. | Saudi Arabia's national oil company, based in Dhahran, one of the world's largest energy companies. | w | r: saudi-arabia, dhahran
adnoc | أدنوك ; شركة بترول أبوظبي الوطنية | ADNOC ; Abu Dhabi National Oil Company | شركة النفط الوطنية في أبوظبي. | Abu Dhabi's national oil company. | w: أدنوك / ADNOC | r: abu-dhabi, united-arab-emirates
qatarenergy | قطر للطاقة ; قطر للبترول | QatarEnergy ; Qatar Petroleum | شركة الطاقة الوطنية القطرية، من أكبر مصدري الغاز الطبيعي المسال في العالم. | Qatar's national energy company, one of the world's largest LNG exporters. | w: - / QatarEnergy | r: qatar
sonatrach | سوناطراك ; شركة سوناطراك | Sonatrach | شركة المحروقات الوطنية الجزائرية. | Algeria's national hydrocarbons company. | w | r: algeria
ocp-group | المكتب الشريف للفوسفاط ; مجموعة المكتب الشريف للفوسفاط | OCP Group | الشركة المغربية العمومية للفوسفاط ومشتقاته، من أكبر منتجي الأسمدة في العالم. | Morocco's state phosphate company, one of the world's largest fertiliser producers. | w: - / OCP Group | r: morocco
noc-libya | المؤسسة الوطنية للنفط ; المؤسسة الوطنية للنفط الليبية | National Oil Corporation (Libya) ; NOC | المؤسسة الحكومية المسؤولة عن قطاع النفط في ليبيا. | The state body in charge of Libya's oil sector. | we: National Oil Corporation | r: libya
suez-canal-authority | هيئة قناة السويس | Suez Canal Authority | الهيئة المصرية الحكومية التي تدير قناة السويس. | The Egyptian state authority that runs the Suez Canal. | w | r: suez-canal, egypt
pif | صندوق الاستثمارات العامة ; صندوق الاستثمارات العامة السعودي | Public Investment Fund ; PIF | صندوق الثروة السيادي السعودي. | Saudi Arabia's sovereign wealth fund. | w: صندوق الاستثمارات العامة / Public Investment Fund | r: saudi-arabia
qia | جهاز قطر للاستثمار | Qatar Investment Authority ; QIA | صندوق الثروة السيادي القطري. | Qatar's sovereign wealth fund. | w | r: qatar
central-bank-egypt | البنك المركزي المصري | Central Bank of Egypt | البنك المركزي لجمهورية مصر العربية. | Egypt's central bank. | w | r: egypt
bank-al-maghrib | بنك المغرب ; بنك المغرب المركزي | Bank Al-Maghrib | البنك المركزي المغربي. | Morocco's central bank. | w | r: morocco
federal-reserve | الاحتياطي الفيدرالي ; الاحتياطي الفيدرالي الأمريكي ; البنك المركزي الأمريكي ; الفيدرالي الأمريكي | Federal Reserve ; the Fed | البنك المركزي للولايات المتحدة. | The central bank of the United States. | w: الاحتياطي الفيدرالي / Federal Reserve | r: united-states
`;

export const crossings = table('place', 'orgs-economy', '2025')`
rafah-crossing | معبر رفح ; معبر رفح البري | Rafah Border Crossing ; Rafah crossing | المعبر البري بين قطاع غزة ومصر، وهو المنفذ الرئيسي لسكان غزة إلى الخارج لا يمر عبر إسرائيل. | The land crossing between the Gaza Strip and Egypt, Gaza's main outlet abroad that does not pass through Israel. | w: معبر رفح / Rafah Border Crossing | r: gaza-strip, egypt, rafah
kerem-shalom | معبر كرم أبو سالم ; كرم أبو سالم | Kerem Shalom crossing | معبر تجاري بين قطاع غزة وإسرائيل قرب الحدود المصرية. | A goods crossing between the Gaza Strip and Israel near the Egyptian border. | w: - / Kerem Shalom crossing | r: gaza-strip, israel
allenby-bridge | جسر الملك حسين ; جسر اللنبي ; معبر الكرامة | Allenby Bridge ; King Hussein Bridge | المعبر بين الضفة الغربية والأردن على نهر الأردن. | The crossing between the West Bank and Jordan over the Jordan River. | w: - / Allenby Bridge | r: west-bank, jordan
`;
