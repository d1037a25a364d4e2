// Polish vocabulary.

import type { Vocabulary } from './vocabulary';

export const pl: Vocabulary = {
  language: 'pl',
  customers: ['klient*', 'klienc*', 'uzytkowni*', 'konsument*', 'nabywc*', 'kupujac*', 'pacjen*', 'czlonk*', 'obywatel*', 'odbiorc*'],
  fillers: [
    'i', 'a', 'w', 'we', 'z', 'ze', 'na', 'do', 'dla', 'o', 'od', 'po', 'przez', 'oraz', 'lub', 'czy', 'kto',
    'co', 'jak', 'jaki', 'jakie', 'jaka', 'ktory', 'ktore', 'ktorzy', 'nasi', 'naszych', 'nasz', 'nasze', 'sa',
    'jest', 'to', 'ten', 'ta', 'tego', 'tej', 'glowni', 'docelowi', 'docelowa',
  ],
  common: ['nie', 'sie', 'na', 'jest', 'do', 'ze', 'dla', 'jak', 'oraz', 'przez', 'to', 'czy', 'od', 'po', 'tak', 'ich', 'juz', 'ktore', 'ktory', 'tylko', 'bedzie', 'moze', 'sa', 'aby', 'tego'],
  concepts: {
    'customer-impact': ['wplyw* @c', 'skutk* @c', 'konsekwencj* @c', 'doswiadczeni* @c', 'co zmieni* @c', 'jak @c odczuj*', 'odczuci* @c'],
    'problem-solved': ['rozwiaz* problem*', 'problem* rozwiaz*', 'problem* @c', '=problem*', 'jaki problem*', 'potrzeb* @c'],
    'value-created': ['wartosc* dla @c', 'wartosc* @c', '=wartosc*', 'korzysc* dla @c', '=korzysci', 'zysk* @c'],
    'customer-segment': ['=@c', '=segment* @c', '=segment*', '=persona', '=persony', '=grup* @c', 'kim sa @c', '=dla kogo', '=@c docelow*'],
    'customer-evidence': ['=wywiad*', '=ankiet*', 'glos* @c', '=dowody', 'opini* @c', 'badani* @c', '=badania', 'wywiad* @c', 'ankiet* @c', 'feedback @c', 'informacj* zwrotn* od @c', 'zgloszeni* @c', 'dane od @c'],
    'success-metrics': ['=mierni*', '=wskaznik*', 'metryk* sukces*', '=metryki', 'miar* sukces*', 'wskaznik* sukces*', 'kpi*', '=sukces', 'mierni* sukces*'],
    'close-the-loop': ['informacj* zwrotn* dla @c', 'informowani* @c', 'poinform* @c', 'komunikacj* @c', 'kontakt* @c', 'follow up|ups', 'domkniec* petli', 'zamkniec* petli'],
  },
  generic: ['problem*', 'wartosc*', 'korzysc*', 'konsument*', 'czlonk*', 'odbiorc*'],
  otherSenses: [
    'obslug*|wsparci*|dzial* klient*|klienc*', 'po stronie klient*', 'bibliotek*|aplikacj*|certyfikat* klient*|klienc*', 'klient* http|rest|api|poczty',
    'konsument*|odbiorc* wiadomosc*|kolejk*|zdarzen*', 'czlonk*|skladow* klas*|struktur*', 'interfejs* uzytkownik*',
  ],
  statusLabels: ['status', 'stan', 'status decyzji'],
  statuses: {
    draft: ['szkic', 'wersja robocza', 'roboczy'],
    proposed: ['proponowany', 'proponowana', 'zaproponowany', 'zaproponowana', 'propozycja', 'w dyskusji', 'otwarty', 'do przegladu'],
    accepted: ['zaakceptowany', 'zaakceptowana', 'zaakceptowane', 'przyjety', 'przyjeta', 'przyjete', 'zatwierdzony', 'zatwierdzona', 'wdrozony', 'wdrozona', 'ostateczny'],
    rejected: ['odrzucony', 'odrzucona', 'odrzucone'],
    deprecated: ['przestarzaly', 'przestarzala', 'wycofany', 'wycofana'],
    superseded: ['zastapiony', 'zastapiona', 'zastapione'],
  },
  placeholders: ['do uzupelnienia', 'do ustalenia', 'do zrobienia', 'do napisania', 'do decyzji', 'nie dotyczy', 'wkrotce'],
  feelings: ['poczu*', 'odczu*', 'czu*', 'frustr*', 'irytu*', 'zdezorient*', 'zadowol*', 'ulg*', 'zaufani*', 'zlosc*', 'zaskocz*', 'martw*', 'niepok*', 'rozczarow*', 'spokoj*', 'stres*'],
  reactions: ['przestan* dzwonic', 'przestan* pisac', 'zadzwoni* do wsparcia', 'kontakt* z pomoca', 'zrezygnuj*', 'rezygn*', 'anuluj*', 'przejd* do', 'polec*', 'wroc*', 'podziekuj*', 'zareaguj*', 'reaguj*', 'docen*', 'skarz*', 'narzek*'],
  measures: ['godzin*', 'minut*', 'trzeci*', 'piat*', 'dwanascie', 'dwadziescia', 'razy', 'polrocz*', 'przed', 'styczni*', 'lut*', 'marc*', 'kwietni*', 'maj*', 'czerw*', 'lipc*', 'sierpni*', 'wrzesni*', 'pazdziernik*', 'listopad*', 'grudni*', 'polow*', 'podwoj*', 'dwukrotn*', 'trzykrotn*', 'procent*', 'zero', 'jeden', 'dwa', 'trzy', 'cztery', 'piec', 'szesc', 'siedem', 'osiem', 'dziewiec', 'dziesiec', 'sto', 'tysiac*', 'dzien', 'dni', 'tydzien', 'tygodni*', 'miesiac*', 'miesiec*', 'kwartal*', 'rok', 'roku', 'lat', 'w ciagu', 'co najmniej', 'najwyzej', 'mniej niz', 'wiecej niz', 'ponizej', 'powyzej', 'prog*', 'cel'],
  noImpact: ['brak', 'brak wplywu', 'nic', 'nie dotyczy', 'zaden', 'zadna', 'nie'],
};
