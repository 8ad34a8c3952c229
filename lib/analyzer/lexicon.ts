/** Word lists shared by the detectors. All lower-case; Polish with diacritics. */

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Verbs and phrases that introduce what the customer wants (the feature, not the why). */
export const WANT_EN = set(`want wants wanted like love need needs wish prefer require expect`);
export const WANT_PL = set(`
  chcę chcemy chciałbym chciałabym chcielibyśmy chciałybyśmy potrzebuję potrzebujemy
  potrzebowałbym potrzebowałabym wolałbym wolałabym oczekuję oczekujemy pragnę pragniemy
  muszę musimy mogę możemy powinienem powinnam zamierzam planuję`);

/** First-person words that follow a template role ("As a buyer, I …", "Jako kupujący chcę …"). */
export const ROLE_FOLLOWERS_EN = set(`
  i i'd i'm i'll i’d i’m i’ll we we'd we're we’d we’re want wants would need needs wish should
  must can could to`);

/** Words after "as (a)" that are not roles ("As a result, …", "As mentioned, …"). */
export const NOT_ROLES_EN = set(`
  result example consequence workaround side first second third last default part matter rule
  whole reminder follow alternative temporary quick general bonus fallback replacement starting
  well soon long far much many such same follows usual bare minimum prerequisite precaution
  precondition reference separate single new test note reason way per of in always before above
  below is if for with to`);

/** Groups of people that can be customers when they are named outside a template. */
export const GROUP_NOUNS_EN = set(`
  user users customer customers client clients admin admins administrator administrators
  developer developers visitor visitors shopper shoppers buyer buyers seller sellers merchant
  merchants member members subscriber subscribers reader readers player players patient patients
  student students teacher teachers agent agents operator operators editor editors author authors
  reviewer reviewers manager managers partner partners employee employees staff team teams
  people owner owners tester testers publisher publishers researcher researchers analyst analysts
  patrons patron guests guest travellers travelers passengers drivers riders consultant
  consultants courier couriers accountant accountants finance marketing sales support ops hr
  legal dispatcher dispatchers nurse nurses doctor doctors cashier cashiers recruiter recruiters
  parents citizens residents applicants learners traders vendors suppliers contractors
  volunteers moderators planners translators clerks auditors investors tenants caregivers
  engineers designers administrators maintainers contributors approvers requesters`);

// Polish nouns inflect; these stems are long enough not to catch other words ("autoryzacja"
// must not read as "autor", "działa" not as "dział").
const GROUP_STEMS_PL = [
  'użytkowni', 'klient', 'klienc', 'administrator', 'kupując', 'sprzedawc', 'sprzedając',
  'pracownik', 'pracownic', 'zespoł', 'zespół', 'odwiedzając', 'czytelnik', 'czytelnic', 'gracz',
  'pacjen', 'student', 'nauczyciel', 'agent', 'operator', 'redaktor', 'recenzen', 'menedżer',
  'partner', 'programist', 'deweloper', 'subskryben', 'właściciel', 'tester', 'badacz',
  'analityk', 'księgow', 'kierowc', 'pasażer', 'konsultan', 'doradc', 'kurier', 'kasjer',
  'lekarz', 'lekarz', 'pielęgniar', 'rekruter', 'magazynier', 'dyspozytor', 'handlowc',
  'mieszkańc', 'mieszkaniec', 'obywatel', 'uczni', 'rodzic', 'nabywc', 'zamawiając',
  'wnioskodawc', 'petent', 'słuchacz', 'kursant', 'uczestni', 'planist', 'projektan',
];
const GROUP_WORDS_PL = set(`autor autora autorzy autorów autorom autorem autorka autorki osoba
  osoby osobie osobę osobą osób osobom osobami ludzie ludzi dział działu działowi gość goście
  gości wsparcie marketing sprzedaż finanse`);
/** A role made only of these words names nobody in particular. */
export const VAGUE_ROLE_WORDS = set(`
  a an the user users end someone somebody anyone anybody everyone everybody system person
  people we us our my użytkownik użytkownicy użytkownika końcowy ktoś każdy osoba my system
  systemu`);

/** Words that do not carry meaning when comparing a benefit with the want. */
export const FUNCTION_WORDS = set(`
  a an the to of and or in on at for with by from as is are be been being am was were it its it's
  this that these those i me my we us our you your they them their he she his her can could will
  would should may might must do does did not no so than then there here into onto up out
  also just more less very some any all each every which who whom what when where how able
  easily quickly easier better want wants need needs like have has had get gets
  aby żeby by się nie jest są być mogę móc mógł mogli mogła możemy mój moja moje moich mnie
  mi ja my nas nam oraz i w we z ze na do od po dla że to ten ta te tego tej tym jak czy lub
  albo co który która które łatwiej lepiej szybciej`);

/** Verbs whose "to …" after the want states a purpose, not another part of the feature. */
export const PURPOSE_VERBS_EN = set(`
  improve improves reduce reduces avoid ensure allow allows enable enables help helps
  assist prevent determine simplify facilitate speed save increase decrease minimise minimize
  maximise maximize optimise optimize streamline protect guarantee understand lower cut boost
  accelerate eliminate account`);

/** Words before "to" that make it part of the want: "need to", "the ability to", "how to". */
export const INFINITIVE_HEADS_EN = set(`
  want wants wanted need needs needed like love able unable have has had going trying try tries
  used ability way ways option options possibility how where what when whether order plan plans
  decide is are was were be been prefer wish expect request requested required allowed
  permission means chance opportunity easy hard possible needed tool tools button mechanism
  feature functionality setting settings method`);

/** Abstract nouns after "for"/"dla" that state a purpose: "for clarity", "dla wygody". */
export const PURPOSE_NOUNS = set(`
  clarity usability convenience readability maintainability consistency simplicity security
  safety transparency traceability accessibility compliance comprehension reference
  wygody przejrzystości czytelności bezpieczeństwa wygodniejszego łatwiejszego wydajności
  spójności przejrzystosci`);

export function isGroupNoun(word: string, pl: boolean): boolean {
  if (GROUP_NOUNS_EN.has(word)) return true;
  if (!pl) return false;
  if (GROUP_WORDS_PL.has(word)) return true;
  for (const stem of GROUP_STEMS_PL) if (word.startsWith(stem)) return true;
  return false;
}
