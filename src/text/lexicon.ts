/**
 * The lexicon: every cue word the reading of a report relies on, in one place.
 *
 * Lists hold words as a report writes them (new-style tones, "hòa"); `alt`
 * turns a list into a regex alternation that also accepts the old-style tone
 * placement ("hoà", "luỹ kế") and prefers longer words ("gồm có" before
 * "gồm"). Modules build their patterns from these lists, adding only their own
 * context (what must follow or precede), so a new wording is added once here.
 */
import { oldStyleTones, unifyTones } from './normalize.js';

/** Regex-escape a literal. */
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** Every spelling the lexicon accepts for a word: new- and old-style tone placement. */
export function spellings(word: string): string[] {
  return [...new Set([word.normalize('NFC'), unifyTones(word), oldStyleTones(word)])];
}

/**
 * Words that stop being the cue when another word follows them: "kế hoạch hóa gia đình" is family planning,
 * not a plan. `alt` adds the refusal to every pattern built from a list holding the word.
 */
export const NOT_FOLLOWED_BY: Readonly<Record<string, readonly string[]>> = {
  'kế hoạch': ['hóa'],
  // Stock out and in ("xuất kho", "nhập trong kỳ"), not trade, excellence, appearance or publishing.
  'xuất': ['khẩu', 'sắc', 'hiện', 'bản', 'phát', 'nhập', 'trình', 'xứ', 'cảnh', 'ngũ'],
  'nhập': ['khẩu', 'môn', 'vai'],
  // Births, not membership or students ("chuyển sinh hoạt đi", "sinh hoạt chi bộ", "sinh viên"), livelihoods or ecology.
  'sinh': ['hoạt', 'viên', 'kế', 'thái'],
};

// Syllables before "thu" that make another word of it (NOT_PRECEDED_BY).
const NOT_RECEIPT_HEADS = ['doanh', 'nghiệm', 'tiếp', 'hấp', 'thất', 'bội', 'mùa', 'hè'];

/** Words that stop being the cue when another word stands before them: "sản xuất" is production, "thu nhập" income. */
export const NOT_PRECEDED_BY: Readonly<Record<string, readonly string[]>> = {
  'xuất': ['sản', 'đề', 'kiến', 'sáp', 'đột', 'tái'],
  'nhập': ['thu', 'sáp', 'xuất', 'hội', 'gia', 'du', 'đăng', 'truy', 'thâm', 'hòa', 'sát', 'nhân'],
  // Money the unit collects ("thu ngân sách", "truy thu", "tận thu"), not a business's revenue ("doanh thu"), works accepted
  // ("nghiệm thu"), ideas taken on board ("tiếp thu", "hấp thu"), revenue lost ("thất thu"), a bumper crop ("bội thu") or the
  // autumn ("mùa thu", "vụ hè thu").
  'thu': NOT_RECEIPT_HEADS,
  'thu được': NOT_RECEIPT_HEADS,
  // "xử lý dứt điểm 49/58 trường hợp" (for good), "xã trọng điểm" (key), "kiểm điểm 07 tập thể" (a disciplinary review):
  // no numbered point of a legal text.
  'điểm': ['dứt', 'trọng', 'kiểm'],
  // "lập biên bản 02 cơ sở" (a record drawn up on two), "văn bản", "cơ bản hoàn thành 02 …", "giải bản 02 phương tiện" (two
  // vessels broken up): no numbered hamlet ("bản 3").
  'bản': ['biên', 'văn', 'cơ', 'căn', 'kịch', 'giải'],
};

const refusal = (word: string): string => {
  const next = NOT_FOLLOWED_BY[unifyTones(word.normalize('NFC'))];
  return next ? `(?!\\s+(?:${next.flatMap(spellings).map(escape).join('|')})(?![\\p{L}]))` : '';
};

// `past`: what of the word the test stands after (edgeAlt tests after the word's first character, `[\s\S]`).
const refusalBefore = (word: string, past = ''): string => {
  const prev = NOT_PRECEDED_BY[unifyTones(word.normalize('NFC'))];
  return prev ? `(?<!(?<![\\p{L}])(?:${prev.flatMap(spellings).map(escape).join('|')})\\s+${past})` : '';
};

/** Every spelling of the lists' words, once each, longest first (the order `alt` tries them in). */
const ordered = (lists: ReadonlyArray<readonly string[]>): string[] =>
  [...new Set(lists.flat().flatMap(spellings))].sort((a, b) => b.length - a.length || a.localeCompare(b));

/** A regex alternation (no group) of words and their tone variants, longest first. */
export function alt(...lists: ReadonlyArray<readonly string[]>): string {
  return ordered(lists).map((w) => refusalBefore(w) + escape(w) + refusal(w)).join('|');
}

/**
 * `(?<![\p{L}])(?:${alt(…)})` — the words, none right after a letter — written so that a scan runs faster: each word's
 * first character comes before the test of the character preceding it (`(?<![\p{L}][\s\S])` right after that character
 * asks what `(?<![\p{L}])` asked before it). A pattern opening with a lookbehind is tried in full at every index of the
 * text (V8 finds no first character to skip to), so a scan of report text took about twice as long; the matches are the
 * same, in the same order of preference, with the same groups. A word refused after some words ("thu" after "doanh") is
 * tested after its first character too (its refusal looks back over that character), so a list holding one keeps the fast
 * form ("thu" kept the flows' inflow cue and every list with it in the slow one); a word opening with an escaped character
 * keeps the lookbehind in front.
 */
export function edgeAlt(...lists: ReadonlyArray<readonly string[]>): string {
  const words = ordered(lists);
  const plain = (w: string) => {
    const e = escape(w);
    const first = e.charCodeAt(0);
    return e !== '' && e[0] !== '\\' && !(first >= 0xd800 && first <= 0xdfff);
  };
  if (!words.every(plain)) return `(?<![\\p{L}])(?:${alt(...lists)})`;
  // Words opening with one character (either case) tried together, in their own order: no two groups can match at one
  // index, so the order between groups decides nothing.
  const groups = new Map<string, string[]>();
  for (const w of words) {
    const e = escape(w);
    let g = groups.get(e[0]);
    if (!g) groups.set(e[0], (g = []));
    g.push(`${refusalBefore(w, '[\\s\\S]')}${e.slice(1)}${refusal(w)}`);
  }
  // Under the "i" flag "t" and "T" match one index: such lists keep their words in one row, as `alt` orders them.
  const folded = new Set([...groups.keys()].map((c) => c.toLowerCase()));
  if (folded.size !== groups.size || [...groups.keys()].some((c) => c.toUpperCase().toLowerCase() !== c.toLowerCase())) return `(?<![\\p{L}])(?:${alt(...lists)})`;
  const out = [...groups].map(([head, tails]) => `${head}(?<![\\p{L}][\\s\\S])(?:${tails.join('|')})`);
  return `(?:${out.join('|')})`;
}

/** A regex matching any of the words as whole words (not inside a longer word). */
export function wordsRe(words: readonly string[], flags = 'iu'): RegExp {
  return new RegExp(`${edgeAlt(words)}(?![\\p{L}])`, flags);
}

// ——— part and whole ———

/** "of which": a whole followed by some of its parts. */
export const OF_WHICH = ['trong đó', 'trong số đó', 'trong số này'] as const;
/**
 * "among the": opens a sentence that names an earlier whole by its noun and then gives some of its members ("Trong số
 * đơn khiếu nại có 21 đơn …", "Trong số học viên của lớp nêu trên, có 12 người …", "trong các vụ … bị bắt giữ, có 21 đối
 * tượng …"). Not "trong số đó" (OF_WHICH).
 */
export const AMONG_NAMED = ['trong số', 'trong các'] as const;

/**
 * Words that tie procedures into one linked bundle ("liên thông đăng ký khai tử, xóa đăng ký thường trú, hưởng mai táng
 * phí"): each case done by the bundle is one case of each procedure in it, so the bundle's count is at most the first
 * procedure's count stated on its own ("Đăng ký khai tử 96 trường hợp").
 */
export const LINKED_BUNDLE_WORDS = ['liên thông'] as const;
/** Nouns that may stand between a bundle word and its first procedure ("liên thông thủ tục đăng ký khai tử"). */
export const LINKED_BUNDLE_NOUNS = ['thủ tục', 'các thủ tục', 'nhóm thủ tục', 'thủ tục hành chính'] as const;
/** Words that may stand between a procedure's name and its own count besides a colon ("đăng ký khai tử là 96 trường hợp"). */
export const LINKED_OWN_COUNT_LINKS = ['là', 'được'] as const;
/**
 * Words opening a sentence (or its clause) with a whole whose parts the sentence then counts: "Trong tổng số 240 hộ, …
 * 180 hộ …", "Riêng đối với 35 hộ có công, đã hỗ trợ 30 hộ": the counts after it of the same noun are among that whole.
 * "đối với" is read only where it opens the sentence or its clause ("Riêng"/"Còn" may stand before it).
 */
export const WHOLE_FIRST_WORDS = ['trong số', 'trong tổng số'] as const;
/**
 * "Trong 1.132 suất quà đã trao, có 318 suất …": a bare "trong" before a count opening the sentence or its clause frames the
 * whole too (a span after it, "Trong 6 tháng", is no figure, so no whole).
 */
export const WHOLE_FIRST_CLAUSE_WORDS = ['đối với', 'trong'] as const;
export const WHOLE_FIRST_LEADS = ['riêng', 'còn'] as const;
/**
 * Words naming the criterion a whole opened first is split by, a colon after it ("Trong tổng số 395 công dân, về trình độ
 * văn hóa có: …", "Trong số 120 hội viên, theo độ tuổi: …"): the parts are its classes, covering the whole.
 */
export const CRITERION_LEADS = ['về', 'theo', 'xét về', 'xét theo'] as const;
/**
 * "Trong tổng sản lượng khai thác, riêng đội tàu xa bờ đạt 4 620 tấn": words opening a sentence with a total named by its
 * words alone (no amount), whose member the sentence then states with its amount.
 */
export const TOTAL_NAMED_LEADS = ['trong tổng', 'trong tổng số', 'trong số'] as const;
/**
 * "Trong vốn ngân sách huyện có nguồn thu tiền sử dụng đất 112,5 tỷ đồng và vốn cân đối 46,8 tỷ đồng": the word opening a
 * sentence that names an earlier whole by its name alone (no "số", no amount), and the word tying the name to the parts
 * the sentence then lists (extract/claims-restated-split.ts).
 */
export const RESTATED_SPLIT_LEADS = ['trong'] as const;
export const RESTATED_SPLIT_LINKS = ['có'] as const;
/** The word joining the last part of such a list to the ones before ("A a, B b và C c"): the list is closed, every part named. */
export const RESTATED_SPLIT_CLOSERS = ['và'] as const;
/**
 * Words in such a list that make it some of the whole, not all of it: a subset ("trong đó", "riêng"), the bulk ("chủ yếu"),
 * examples ("như", "nhất là", "điển hình"), "cả" ("có cả A và B"), the largest ones ("cao nhất"), or another period's
 * parts ("cùng kỳ", "năm trước"). Any of them: no split is read.
 */
export const RESTATED_SPLIT_PARTIAL_WORDS = [
  'trong đó', 'trong số đó', 'riêng', 'chủ yếu', 'phần lớn', 'đa số', 'như', 'một số', 'nhất là', 'đặc biệt', 'ví dụ', 'điển hình',
  'tiêu biểu', 'nổi bật', 'cả', 'kể cả', 'cao nhất', 'nhiều nhất', 'lớn nhất', 'thấp nhất', 'ít nhất', 'cùng kỳ', 'năm trước',
  'kỳ trước', 'quý trước', 'tháng trước', 'so với',
] as const;
/**
 * Words opening such a total's name that only say it is money ("Trong số kinh phí bổ sung có mục tiêu, …" of "bổ sung có
 * mục tiêu 610 triệu đồng"): the amounts' unit says so already, so the rest of the name must be the whole's words.
 */
export const MONEY_NAME_HEADS = ['kinh phí', 'số tiền', 'số kinh phí', 'nguồn kinh phí', 'nguồn vốn', 'số vốn'] as const;
/** Words after "trong số" that make it OF_WHICH ("trong số đó", "trong số này"), not a name. */
export const AMONG_THAT = ['đó', 'này'] as const;
/** Words closing such a name that point back at the whole ("nêu trên", "kể trên", "này"): no part of the name. */
export const BACK_POINTERS = ['nêu trên', 'kể trên', 'nói trên', 'trên', 'này', 'đó'] as const;
/** Words opening such a name that only make it plural ("các", "những"). */
export const PLURAL_MARKERS = ['các', 'những', 'tổng số', 'số'] as const;
/** "consists of": a whole followed by its parts. */
export const CONSISTS_OF = ['gồm', 'gồm có', 'bao gồm'] as const;
/** "divided into" (a breakdown that covers the whole). */
export const DIVIDED_INTO = ['chia ra'] as const;
/** "specifically" / "in detail": announces a breakdown when a colon follows. */
export const SPECIFICALLY = ['cụ thể'] as const;
export const IN_DETAIL = ['chi tiết'] as const;
/** "as follows" after SPECIFICALLY / IN_DETAIL. */
export const AS_FOLLOWS = ['như sau'] as const;
/** "the following", closing a counted noun before a colon ("03 tồn tại, hạn chế sau:"): the bullets under it are those things. */
export const FOLLOWING_WORDS = ['sau', 'như sau', 'dưới đây', 'sau đây'] as const;
/** "separately, for X alone": a part singled out after a comma. */
export const SEPARATELY = ['riêng'] as const;
/**
 * Words opening a bracket that sets members apart as not counted ("có 1.482 giáo viên được đánh giá (không đánh giá 32
 * giáo viên mới tuyển), trong đó …", "(trừ 4 hộ đã chuyển đi)", "(chưa kể 12 hộ tạm trú)"): the bracket's amount is those
 * left out, so a connector after it splits the amount before the bracket, never the left-out ones.
 */
export const LEFT_OUT_OPENERS = ['không', 'trừ', 'ngoại trừ', 'chưa kể', 'chưa tính', 'chưa bao gồm', 'ngoài'] as const;
/**
 * "mostly": opening a clause after a comma or ";", says the amounts it gives are the bulk of the amount before ("có 486
 * người đi làm việc ở nước ngoài, chủ yếu đi các thị trường Nhật Bản 215 người, Hàn Quốc 94 người"): some of it, each
 * part at most the whole, never all of it.
 */
export const MOSTLY = ['chủ yếu', 'phần lớn', 'đa số'] as const;
/** Every part/whole connector. */
export const PART_CONNECTORS = [...OF_WHICH, ...CONSISTS_OF, ...DIVIDED_INTO, ...SPECIFICALLY, ...SEPARATELY] as const;
/** A table row or column heading a group of the rows/columns under it. */
export const GROUP_HEADS = [...OF_WHICH.slice(0, 1), ...DIVIDED_INTO, ...CONSISTS_OF.filter((w) => w !== 'gồm có')] as const;
/** "total": a whole stated as such. */
export const TOTAL_WORDS = ['tổng', 'tổng số', 'tổng cộng'] as const;
/** Words opening a name that is a total of what follows ("tổng số hộ bị ảnh hưởng"): the noun phrase after them is its name. */
export const TOTAL_OPENING_WORDS = ['tổng số', 'tổng cộng'] as const;

// ——— rates, plans, comparison, change ———

/** "rate / proportion", in both spellings. */
export const RATE_WORDS = ['tỷ lệ', 'tỉ lệ'] as const;
/**
 * Names of a value that is a ratio, an index or a density, never an amount a breakdown's parts make up: "gồm 50 trẻ trai và
 * 45 trẻ gái, tỷ số giới tính khi sinh là 111" (boys per 100 girls), "mật độ 520" (people per km²), "tỷ suất chết thô 6,1‰"
 * (deaths per 1 000 people).
 */
export const RATIO_NAME_WORDS = [...RATE_WORDS, 'tỷ số', 'tỉ số', 'tỷ suất', 'tỉ suất', 'hệ số', 'mật độ'] as const;
/** Words around a rate that say nothing of what it measures ("Sinh tại cơ sở y tế 124 người, tỷ lệ 89,2%"). */
export const RATE_SUBJECT_FILLERS = ['người', 'đạt', 'là', 'chiếm', 'có', 'số', 'của', 'được', 'với', 'tổng'] as const;
/** Comparatives of one rate against another stated in brackets ("Tỷ lệ giải ngân … cao hơn bình quân của tỉnh (93,5%)"). */
export const HIGHER_WORDS = ['cao hơn', 'lớn hơn'] as const;
export const LOWER_WORDS = ['thấp hơn', 'nhỏ hơn'] as const;
/**
 * A rate claimed above (below) another written after the words naming it ("đạt 45,2%, vượt bình quân của tỉnh (40,1%)",
 * "… chưa bằng mức chung của huyện (98,4%)"): the comparatives and the verbs of passing or falling short of another value.
 */
export const RATE_ABOVE_WORDS = [...HIGHER_WORDS, 'vượt'] as const;
export const RATE_BELOW_WORDS = [...LOWER_WORDS, 'chưa bằng'] as const;
/** What a plan or a target is called. */
export const TARGET_WORDS = ['mục tiêu', 'chỉ tiêu', 'kế hoạch'] as const;
/** What "vượt X …" can be measured against: a target or the budget estimate ("vượt 12% dự toán (7,5 tỷ đồng)"). */
export const EXCEEDED_BASES = [...TARGET_WORDS, 'dự toán'] as const;
/**
 * A clause after a named rate weighing it against its target: ", vượt chỉ tiêu …", ", đạt yêu cầu …", ", tiệm cận mục tiêu …"
 * ("Tỷ lệ … đạt 96,5%, vượt chỉ tiêu huyện giao"): verbs, then what the rate is weighed against.
 */
export const TARGET_WEIGHING_VERBS = ['vượt', 'đạt', 'hoàn thành', 'tiệm cận', 'chưa đạt', 'không đạt', 'cao hơn', 'thấp hơn'] as const;
/** Verbs right before a named rate's own value: "Tỷ lệ … đạt 96,5%", "Tỷ lệ … là 96,5%". */
export const RATE_VALUE_VERBS = ['đạt', 'là'] as const;
/** What a rate's value may be weighed "against" before the target: "vượt mức chỉ tiêu", "cao hơn so với mục tiêu". */
export const WEIGHED_AGAINST = ['mức', 'so với'] as const;
/** Not "kế hoạch": "đạt 104%, vượt kế hoạch" may state the plan's fulfilment itself. */
export const TARGET_WEIGHED_NOUNS = ['chỉ tiêu', 'mục tiêu', 'yêu cầu'] as const;
/**
 * Words of aiming at every one of a set written as a number over itself ("Phấn đấu đạt 19/19 tiêu chí", "phấn đấu 16/16 xã
 * đạt chuẩn"): "all of them" as a goal, no amount reached (extract/not-figures.ts).
 */
export const GOAL_ALL_LEADS = ['phấn đấu'] as const;
export const GOAL_ALL_VERBS = ['đạt', 'có', 'duy trì', 'hoàn thành'] as const;
/** Words marking a planned or targeted value rather than a result. */
export const PLAN_WORDS = [...TARGET_WORDS, 'phấn đấu', 'dự kiến', 'được giao', 'đề ra'] as const;
/** Verbs of completion against a target ("đạt kế hoạch", "vượt chỉ tiêu"). */
export const COMPLETION_VERBS = ['vượt', 'đạt', 'hoàn thành', 'chưa đạt', 'không đạt', 'chưa hoàn thành'] as const;
/**
 * Words that keep a plan a plan even when a completion verb follows it ("các chỉ tiêu phấn đấu đạt:", "kế hoạch cần hoàn
 * thành:"): what the lead-in then lists is still to be reached.
 */
export const PLAN_STILL_AHEAD_WORDS = ['phấn đấu', 'dự kiến', 'được giao', 'đề ra', 'cần', 'phải', 'sẽ', 'nhằm', 'để'] as const;
/** Words joining a further claim to a change, like a comma ("tăng 10% so với cùng kỳ và đạt 104% kế hoạch (50 ha)"). */
export const CLAIM_JOINERS = ['và', 'đồng thời'] as const;
/** Words opening the cause of a change ("giảm 4,2% so với cùng kỳ do chuyển đổi 50 ha …"): a figure after them is the cause's, not the base. */
/** Units of a change between two percents ("tăng 3 điểm phần trăm so với năm 2024 (89%)"): the difference of the percents. */
export const PERCENT_POINT_UNITS = ['điểm phần trăm', 'điểm %'] as const;
export const CAUSE_WORDS = ['do', 'vì', 'nhờ', 'bởi'] as const;
/** Verbs of change ("tăng 5%"). */
export const CHANGE_VERBS = ['tăng', 'giảm'] as const;
/**
 * Adverbs between a claim's subject and its change verb ("tỷ lệ … tiếp tục tăng so với cùng kỳ", "số vụ … đã giảm 3 vụ"):
 * aspect and continuity words, never part of what is counted. A hedge ("cơ bản", "chủ yếu") is none: it stays in the
 * subject, whose words then name nothing.
 */
export const CHANGE_CLAIM_ADVERBS = ['đã', 'được', 'đã được', 'đều', 'cũng', 'vẫn', 'đang', 'luôn', 'tiếp tục', 'thường xuyên', 'ổn định'] as const;
/**
 * Words pairing a list of changes with a list of values in order: "9,8% và 13,5%, giảm lần lượt 0,8 và 1,2 điểm phần trăm so
 * với năm 2024 (10,6% và 14,7%)".
 */
export const RESPECTIVE_WORDS = ['lần lượt'] as const;
/** Words joining a second amount to a change's first, the verb governing both: "giảm 01 vụ và 01 người bị nạn". */
export const CHANGE_JOINERS = ['và'] as const;
/** Words comparing a value with another (a change, not a part). */
export const COMPARISON_WORDS = [...CHANGE_VERBS, 'so với', 'gấp', 'vượt', 'hơn'] as const;
/** Words naming an earlier value the current one is compared with. */
export const PRIOR_WORDS = ['so với', 'cùng kỳ', 'năm trước', 'trước đây'] as const;
/** Words of a running total. */
export const CUMULATIVE_WORDS = ['lũy kế', 'cộng dồn', 'từ đầu năm', 'tính đến', 'tính từ', 'đến nay', 'từ khi'] as const;
/**
 * The running-total words that only date a level ("Tính đến ngày 30/9, trạm đang quản lý 48 người"): said of what is in
 * hand ("đang …") at the period's end, they give the level then, no running total.
 */
export const AS_OF_WORDS = ['tính đến', 'đến nay'] as const;
/** Calendar words a dated level's date may open with after "tính đến" ("tính đến hết quý III", "tính đến tháng 6/2025"). */
export const AS_OF_CALENDAR_WORDS = ['ngày', 'hết ngày', 'tháng', 'hết tháng', 'quý', 'hết quý', 'năm', 'hết năm'] as const;

// ——— counted things, units, periods ———

/** Words for people that count the same thing as "người". */
export const PERSON_NOUNS = ['người', 'công dân', 'người dân', 'nhân khẩu', 'đối tượng'] as const;
/**
 * Nouns of persons by what befell them or where they stand ("thân nhân liệt sĩ", "nạn nhân chất độc hóa học", "bệnh nhân"): a
 * table column of persons ("Số người") whose row label opens with one counts them.
 */
export const PERSON_STANDING_NOUNS = ['thân nhân', 'nạn nhân', 'bệnh nhân', 'công nhân', 'quân nhân', 'phạm nhân', 'nghệ nhân', 'cá nhân'] as const;
/**
 * The syllable that closes a noun naming a person by their role or membership ("hòa giải viên", "tuyên truyền viên",
 * "cộng tác viên", "hội viên"): its count counts people, and a noun of two syllables before it is one unit with it.
 */
export const PERSON_ROLE_SUFFIX = 'viên';
/**
 * Nouns that count establishments or bodies of any kind ("cơ sở", "đơn vị"): where a sentence frames its whole first ("Trong số
 * 36 homestay hiện có, 34 cơ sở …"), its members may be counted by such a noun, as people by a bare "người".
 */
export const GENERIC_MEMBER_NOUNS = ['cơ sở', 'đơn vị'] as const;
/**
 * Groups counted with their members after a "/": "1.126 hộ/4.317 khẩu", "12 vụ/25 đối tượng", "08 lớp/320 học viên".
 * A count of groups over a count of the people in them is two counts, never a part of a whole.
 */
export const MEMBER_GROUP_NOUNS = ['hộ', 'hộ gia đình', 'hộ dân', 'hộ nghèo', 'hộ cận nghèo', 'gia đình', 'vụ', 'vụ việc', 'tàu', 'thuyền', 'tàu thuyền', 'tàu cá', 'phương tiện', 'cơ sở', 'doanh nghiệp', 'hợp tác xã', 'lớp', 'buổi', 'cuộc', 'đợt', 'hội nghị', 'đoàn', 'nhóm', 'đội', 'chuyến', 'điểm'] as const;
/** The people a group holds, as written after the second number of "N hộ/M khẩu" (the first word decides: "lượt người"). */
export const MEMBER_NOUNS = [...PERSON_NOUNS, 'khẩu', 'lượt', 'lao động', 'thuyền viên', 'ngư dân', 'học viên', 'học sinh', 'thành viên', 'hội viên', 'đoàn viên', 'đảng viên', 'đại biểu', 'cán bộ', 'công nhân', 'nhân viên', 'bị can', 'trẻ', 'trẻ em'] as const;
/** Words that say what kind of place a name is ("xã An Lộc", "tổ dân phố 5"), not which place: left out when places are matched. */
/** Words opening a table's label header that say what every row counts: "Loại vụ việc" (rows of cases), "Nhóm đối tượng". */
export const KIND_HEADER_WORDS = ['loại', 'nhóm'] as const;
export const PLACE_KIND_WORDS = ['xã', 'phường', 'thị trấn', 'thị xã', 'huyện', 'quận', 'thành phố', 'thôn', 'ấp', 'bản', 'xóm', 'làng', 'khu phố', 'tổ dân phố', 'tổ', 'khu'] as const;
/**
 * Place kinds below a report's own level, by that level: a figure of "thôn Đông" in a commune's report, of "xã Tân Lập" in
 * a district's, is one subunit's. Kinds at or above the report's level are left out (a misspelt own name, a neighbour compared).
 */
export const SUBUNIT_KINDS: Readonly<Record<string, readonly string[]>> = (() => {
  const village = ['thôn', 'ấp', 'bản', 'xóm', 'làng', 'khu phố', 'tổ dân phố', 'tổ', 'khu', 'buôn', 'khóm'];
  const commune = [...village, 'xã', 'phường', 'thị trấn'];
  const district = [...commune, 'huyện', 'quận', 'thị xã'];
  return { 'xã': village, 'phường': village, 'thị trấn': village, 'huyện': commune, 'quận': commune, 'thị xã': commune, 'thành phố': commune, 'tỉnh': district };
})();
/** Units of time a number can count ("3 tháng", "2 lần"). */
export const DURATION_UNITS = ['ngày', 'tháng', 'năm', 'giờ', 'phút', 'tuần', 'quý', 'lần', 'buổi', 'kỳ', 'đợt'] as const;
/** Period words of a rate's denominator ("hồ sơ/tháng"). */
export const PERIOD_UNITS = ['ngày', 'tuần', 'tháng', 'quý', 'năm'] as const;
/** A period word numbered in Roman or in Arabic ("Quý III/2025", "quý 3"), and how many such parts a year has. */
export const NUMBERED_PERIOD_PARTS: Readonly<Record<string, number>> = { 'quý': 4 };

// ——— list bullets ———

/** Characters that open a list item ("-", "+", "•", …), as a regex character-class body. */
export const BULLET_CHARS = '\\-+•*–·';

// ——— patterns built from the lists ———

/** Any part/whole connector, as a whole word. */
export const PART_CONNECTOR = wordsRe(PART_CONNECTORS);
/** "tỷ lệ" / "tỉ lệ" as a whole word. */
export const RATE_WORD = wordsRe(RATE_WORDS);
/** A comparison or change word, as a whole word. */
export const COMPARISON = wordsRe(COMPARISON_WORDS);
/** A running-total word, as a whole word. */
export const CUMULATIVE = wordsRe(CUMULATIVE_WORDS);
/** A plan or target word, as a whole word. */
export const PLAN = wordsRe(PLAN_WORDS);

/** Words of a backlog carried over ("tồn"): like a running total, it mixes periods. */
export const BACKLOG_WORDS = ['tồn'] as const;
/** Running-total words that mark a figure as cumulative over periods. */
export const RUNNING_TOTAL_WORDS = ['lũy kế', 'cộng dồn', 'từ đầu năm', 'tính đến'] as const;
/** A row label that is a running total alone ("Lũy kế" under "Tháng 1" … "Tháng 6"): the sum of the periods above it from the year's start. */
export const RUNNING_TOTAL_ROW_LABELS = ['lũy kế', 'cộng dồn'] as const;
/** Verbs joining a share to its whole ("chiếm", "đạt", "tương đương"). */
export const SHARE_VERBS = ['chiếm', 'đạt', 'bằng', 'tương đương', 'tương ứng'] as const;
/** Hedges before a number ("hơn", "gần", "khoảng"): the value is approximate. */
export const HEDGES = ['hơn', 'gần', 'khoảng', 'trên', 'xấp xỉ'] as const;
/** The hedges that make a change a lower bound ("tăng trên 15%", "giảm hơn 10%"): the change is at least that much. */
export const AT_LEAST_HEDGES = ['trên', 'hơn'] as const;
/** Words naming a list of names after a count ("danh sách"). */
export const LIST_WORDS = ['danh sách'] as const;
/** Words after a counted part that open what it is worth or holds, not another part: "17 hồ sơ với giá trị 38,9 tỷ đồng". */
export const ATTRIBUTE_WORDS = ['với', 'trị giá'] as const;
/** Words that turn a noun into a neighbouring category, not a subset of it: "hộ cận nghèo", "hộ tái nghèo", "phi nông nghiệp", "đúng một phần" (beside "đúng"). */
export const CATEGORY_SHIFTERS = ['cận', 'tái', 'phi', 'ngoài', 'không', 'chưa', 'một phần'] as const;
/**
 * Grades of an assessment or a rating ("hoàn thành xuất sắc nhiệm vụ", "hoàn thành tốt nhiệm vụ", "học sinh giỏi", "xếp loại
 * khá", "loại yếu", "kém chất lượng"): a name holding one names that grade's category, never the ungraded name said more fully
 * ("hoàn thành nhiệm vụ" counts those graded plainly so). "trung bình" is left out: it is also an average ("năng suất trung bình").
 */
export const GRADE_WORDS = ['xuất sắc', 'tốt', 'khá', 'giỏi', 'yếu', 'kém'] as const;
/** Words that hold a grade word and grade nothing ("học sinh tốt nghiệp", "có yếu tố nước ngoài", "nhóm yếu thế"). */
export const GRADE_LOOKALIKES = ['tốt nghiệp', 'yếu tố', 'yếu thế'] as const;
/**
 * The shifters that make a compound noun of a neighbouring category ("hộ cận nghèo", "hộ tái nghèo", "lao động phi nông
 * nghiệp"): never a subgroup of the plain noun, where "hộ chưa có nhà tiêu" is one of "hộ".
 */
export const CATEGORY_PREFIXES = ['cận', 'tái', 'phi'] as const;
/**
 * Words that make a noun those at risk of it or suspected of it ("trẻ em có nguy cơ suy dinh dưỡng", "ca nghi mắc sốt
 * xuất huyết"): a neighbouring category, never a subgroup of those who are (see CATEGORY_SHIFTERS).
 */
export const DOUBT_SHIFTERS = ['nguy cơ', 'nghi'] as const;
/**
 * Superlatives that rank units against each other ("tỷ lệ … cao nhất xã", "thôn có nhiều hộ nhất"): the value of the one unit
 * at the top or bottom, never the value of the whole the units make up.
 */
/**
 * Words that open a level or tier qualifier of a counted thing ("giải cấp huyện" / "giải cấp xã", "cơ sở y tế tuyến xã"):
 * two names whose qualifiers so opened name different levels count different things, however many words they share.
 */
export const LEVEL_QUALIFIER_HEADS = ['cấp', 'tuyến'] as const;
/** Superlatives of the top and of the bottom of a ranking ("tỷ lệ giải ngân … cao nhất trong các nguồn vốn"). */
export const TOP_RANK_WORDS = ['cao nhất', 'nhiều nhất', 'lớn nhất'] as const;
export const BOTTOM_RANK_WORDS = ['thấp nhất', 'ít nhất', 'nhỏ nhất'] as const;
/** Words between a superlative and the members it ranks among ("cao nhất trong các nguồn vốn", "thấp nhất trong số các xã"). */
export const RANK_AMONG_WORDS = ['trong các', 'trong số các', 'so với các'] as const;
/**
 * Words that open an item of a ranking set out after its head ("Các chỉ tiêu … đều vượt kế hoạch, cao nhất là A (107,8%),
 * tiếp đến là B (107,7%)"): the item's percent is of the kind the head names (extract/rate-context.ts).
 */
export const RANK_ITEM_OPENERS = [
  'cao nhất là', 'nhiều nhất là', 'lớn nhất là', 'đứng đầu là', 'dẫn đầu là', 'tiếp đến là', 'tiếp theo là', 'kế đến là', 'kế tiếp là',
  'thứ hai là', 'thứ ba là', 'thấp nhất là', 'ít nhất là', 'nhỏ nhất là',
] as const;
export const SUPERLATIVE_WORDS = ['cao nhất', 'thấp nhất', 'nhiều nhất', 'ít nhất', 'lớn nhất', 'nhỏ nhất', 'đông nhất', 'tốt nhất', 'kém nhất', 'nhanh nhất', 'chậm nhất', 'dẫn đầu'] as const;
/** Classifiers before a counted noun ("ngôi nhà", "chiếc xe", "con bò"): the noun is what is counted. */
export const NOUN_CLASSIFIERS = ['ngôi', 'chiếc', 'cái', 'con', 'cuốn', 'quyển', 'bức', 'tấm', 'ngọn'] as const;
/**
 * The nouns a classifier counts when it stands alone for them ("Toàn xã có 148 tàu cá, gồm: … 96 chiếc, …", "đàn gia súc
 * 1.240 con"): a count in the bare classifier may be a part of a count in one of its nouns.
 */
export const CLASSIFIED_NOUNS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['chiếc', ['tàu', 'thuyền', 'xuồng', 'ghe', 'sà lan', 'xe', 'ô tô', 'mô tô', 'phương tiện', 'máy bay']],
  ['con', ['gia súc', 'gia cầm', 'vật nuôi', 'trâu', 'bò', 'lợn', 'heo', 'gà', 'vịt', 'ngan', 'dê', 'cừu', 'ngựa']],
  ['ngôi', ['nhà', 'mộ', 'chùa', 'đình', 'đền']],
  // Houses built or repaired for a programme are counted as "căn": "hỗ trợ 06 mái ấm công đoàn, gồm: xây mới 04 căn, …".
  ['căn', ['nhà', 'mái ấm']],
];
/** "among": a part taken out of a whole ("trong số đó", "trong số các xã"). */
export const AMONG = ['trong số'] as const;
/** Words of an average or a per-unit value ("mỗi", "bình quân"). */
export const EACH_WORDS = ['mỗi', 'bình quân', 'trung bình'] as const;

// ——— sentence boundaries ———

/** Abbreviations whose point never ends a sentence ("TP. Hạ Long", "ThS. Nguyễn …"), compared case-sensitively. */
export const ABBREVIATIONS = ['TP', 'Tp', 'TX', 'Tx', 'TT', 'Q', 'P', 'ThS', 'Ths', 'TS', 'PGS', 'GS', 'BS', 'KS', 'Đ/c', 'đ/c', 'NXB'] as const;

// ——— plans, deadlines, finished actions ———

/** Words that title a section of plans rather than results ("Phương hướng, nhiệm vụ …"). */
export const PLAN_SECTION_WORDS = ['nhiệm vụ', 'phương hướng', 'kế hoạch', 'giải pháp', 'kiến nghị', 'đề xuất'] as const;
/** More words that open a plan section's title ("Mục tiêu, nhiệm vụ …", "Dự kiến …"). */
export const PLAN_TITLE_EXTRA = ['mục tiêu', 'dự kiến'] as const;
/** Words that make an earlier date a starting point or a comparison, not an action of the period. */
export const SINCE_WORDS = ['từ', 'kể từ', 'so với', 'cùng kỳ', 'năm trước', 'trước đó', 'đến nay', 'tới nay', 'giai đoạn'] as const;
/**
 * Occurrences a report numbers within its period and dates where it lists them ("Bão số 10 (ngày 28–29/9/2025)",
 * "áp thấp nhiệt đới số 2 ngày 12/10/2025"): a sentence naming one again ("trong bão số 10, …") is placed in that year.
 */
export const DATED_EVENT_NOUNS = ['bão', 'cơn bão', 'siêu bão', 'áp thấp nhiệt đới', 'áp thấp', 'đợt', 'trận'] as const;
/** Words between a numbered occurrence and the date it is listed with: its year told back ("bão số 7 năm trước (ngày …)"). */
export const EVENT_YEAR_BACK_WORDS = ['năm trước', 'năm ngoái', 'năm qua'] as const;
/**
 * Words before a date in its statement that make it a time compared with ("So với năm 2024 (cơn bão số 3 đổ bộ ngày
 * 07/9/2024 …)", "cùng kỳ năm trước (ngày …)"): the date is the reference's own, cited beside the period's events.
 */
export const COMPARED_TIME_WORDS = ['so với', 'cùng kỳ', 'năm trước', 'năm ngoái'] as const;
/**
 * Nouns of an occurrence that a trailing "trước" names as the one before ("lần diễn tập trước vào ngày 21/10/2020", "đợt
 * kiểm tra trước", "kỳ họp trước"): a past occurrence cited for comparison, no deed of the period.
 */
export const PRIOR_OCCURRENCE_NOUNS = ['lần', 'đợt', 'kỳ', 'khóa', 'khoá', 'nhiệm kỳ'] as const;
/** The word opening a span a listed occurrence, or any date, is dated with ("(từ ngày 16/11 …)", "từ ngày 12 đến ngày 14/3/2024"). */
export const EVENT_SPAN_OPENERS = ['từ'] as const;
/** Words naming the day or night an occurrence is dated with ("(ngày 28–29/9/2025)", "đêm 12/10"). */
export const EVENT_DAY_NIGHT_WORDS = ['ngày', 'đêm'] as const;
/** Words before a part of the period an amount was done in ("trong 6 tháng", "sau 9 tháng"). */
export const DONE_PERIOD_LEADS = ['trong', 'sau'] as const;
/** Lasting facts a report recalls from earlier years: a recognition, an opening, a merger. */
export const BACKGROUND_WORDS = ['công nhận', 'khởi công', 'khánh thành', 'đi vào hoạt động', 'đưa vào sử dụng', 'ra mắt', 'phê duyệt', 'ban hành', 'sáp nhập', 'được cấp', 'được tặng', 'đạt chuẩn'] as const;
/**
 * Verbs whose object is the subject matter of a session, not its founding document: "tổ chức hội nghị phổ biến Luật …,
 * Nghị định số 95/2023/NĐ-CP" holds a conference about the decree (its date the conference's), cites no basis.
 */
export const DISSEMINATION_WORDS = ['phổ biến', 'quán triệt', 'tuyên truyền', 'giới thiệu', 'tập huấn', 'học tập'] as const;
/** Words of what is still to come: plans, forecasts, estimates, proposals. */
export const FUTURE_WORDS = ['sẽ', 'dự kiến', 'kế hoạch', 'phấn đấu', 'chuẩn bị', 'tiếp tục', 'đề nghị', 'đề xuất', 'ước'] as const;
/** Words that name a day or an event, so a "d/m" after them (or after the event's name) is its date: "dịp lễ 30/4", "Ngày Sách Việt Nam 21/4". */
export const EVENT_DAY_WORDS = ['ngày', 'dịp', 'lễ', 'kỷ niệm', 'tết', 'quốc khánh', 'chào mừng'] as const;
/** Units of a condition inside a part, never what the part counts: "khám thai đủ 4 lần", "tiêm đủ 2 mũi", "đạt 19 tiêu chí", a rating "sản phẩm 3 sao". */
export const CONDITION_UNITS = ['lần', 'mũi', 'liều', 'thời kỳ', 'kỳ', 'đợt', 'buổi', 'tiêu chí', 'sao'] as const;
/** A standard a value is held against: "đạt tiêu chí", "đạt chuẩn". */
export const CRITERION_WORDS = ['tiêu chí', 'chuẩn'] as const;
/** Nouns counting the measures a claim of one way lists ("kéo giảm cả 03 tiêu chí về số vụ, số người chết …"). */
export const LISTED_MEASURE_WORDS = ['tiêu chí', 'chỉ tiêu', 'chỉ số', 'mặt'] as const;
/** Words joining a claim's items to the plan they belong to ("100% cơ sở theo kế hoạch", "… trong kế hoạch"). */
export const IN_PLAN_LINKS = ['theo', 'trong'] as const;
/** Words that make a claim of one way hold for every listed measure ("kéo giảm cả 03 tiêu chí …"). */
export const EVERY_ITEM_WORDS = ['cả'] as const;
/** Words that make a requirement a lower bound: "(yêu cầu từ 70 triệu đồng trở lên)", "tối thiểu 90%". */
export const MINIMUM_WORDS = ['trở lên', 'tối thiểu', 'ít nhất'] as const;
/** Words before a target that make it a ceiling ("đạt chỉ tiêu (dưới 0,95%)"): the value meets it by staying below. */
export const CEILING_WORDS = ['dưới', 'không quá', 'không vượt quá', 'tối đa', 'nhỏ hơn', 'thấp hơn'] as const;
/** Words before a bound every row of a table is said to stay under, strictly: "đều dưới 30 trẻ/lớp". */
export const STRICT_CEILING_WORDS = ['dưới', 'nhỏ hơn', 'thấp hơn', 'ít hơn'] as const;
/** Words before a bound every row is said to pass, strictly: "đều trên 95%", "đều cao hơn 90%". */
export const STRICT_FLOOR_WORDS = ['trên', 'lớn hơn', 'cao hơn', 'nhiều hơn'] as const;
/** Words before a bound every row is said to reach at least: "đều không dưới 90%", "tối thiểu 25 trẻ". */
export const FLOOR_WORDS = ['không dưới', 'không thấp hơn', 'tối thiểu', 'ít nhất'] as const;
/** Words of a difference written out in brackets: "Kết dư (tổng thu trừ tổng chi) là …". */
export const MINUS_WORDS = ['trừ đi', 'trừ'] as const;
/**
 * Words after a time unit that make it a unit of work or a kind of day counted, a counted amount: "640 ngày công", "1 200 giờ
 * công", "có 12 ngày mưa lớn", "9 ngày nắng nóng", "5 ngày rét đậm".
 */
export const WORK_UNIT_TAILS = ['công', 'mưa', 'nắng', 'rét'] as const;
/**
 * Event titles opening with a time unit ("tổ chức 01 Ngày hội việc làm", "02 Năm Du lịch …"): a count before them counts the
 * events, no span of time. Not "tuần lễ": "trong 2 tuần lễ" is a span of two weeks too.
 */
export const SPAN_EVENT_TITLES = ['ngày hội', 'tuần văn hóa', 'tuần văn hoá', 'năm du lịch'] as const;
/** Words of the price base a value is stated at, whose year is no figure: "(giá so sánh 2010)", "theo giá cố định năm 1994". */
export const PRICE_BASE_WORDS = ['giá so sánh', 'giá cố định'] as const;
/** Crop seasons named with their year ("vụ Xuân 2025", "vụ Đông Xuân 2025–2026"): the number after them is a year, never a figure. Longest first. */
export const CROP_SEASON_WORDS = ['vụ đông xuân', 'vụ chiêm xuân', 'vụ xuân hè', 'vụ hè thu', 'vụ thu đông', 'vụ xuân', 'vụ mùa', 'vụ đông', 'vụ chiêm', 'vụ hè', 'vụ thu'] as const;
/**
 * Words a crop or breed variety's name follows ("giống: ĐH 6866, CP 511", "ngô lai NK 6101", "giống lúa Thiên ưu 8"):
 * the number closing such a name names the variety, it counts nothing.
 */
export const VARIETY_NAME_CUES = ['giống', 'ngô lai', 'lúa lai', 'lúa thuần'] as const;
/**
 * Kinds of device a model's name follows ("tủ lạnh TCW 2000", "máy photocopy Ricoh MP 5000", "xe Honda Wave 110"): the
 * number closing such a name names the model, it counts nothing.
 */
export const DEVICE_KIND_WORDS = ['tủ lạnh', 'tủ đông', 'tủ mát', 'máy', 'thiết bị', 'xe', 'model', 'nhãn hiệu'] as const;
/**
 * Goods traded by a grade written as a number after their name ("vàng nhẫn trơn 9999", "vàng SJC 999,9", "xăng E5 RON 92",
 * "xăng RON 95"): the number names the purity or the octane, it counts nothing; a unit or counted noun after it makes it
 * an amount ("vàng 12 chỉ").
 */
export const GRADED_GOODS_WORDS = ['vàng', 'xăng', 'RON'] as const;
/** Words that make a device word part of a compound naming no device: "nhà máy" (a plant), "bộ máy" (an apparatus). */
export const DEVICE_COMPOUND_HEADS = ['nhà', 'bộ'] as const;
/** Words that end a device's kind before a capital: "máy tính cho UBND 15 …" names no model. */
export const DEVICE_NAME_BREAKS = ['cho', 'tại', 'của', 'và', 'ở', 'với', 'các', 'từ', 'đến', 'trong', 'thuộc'] as const;
/** Calendars a year may be counted in ("Phật lịch 2568"): the number after them is a year, never a figure. */
/**
 * Feasts and seasons named with their year ("mùa lễ hội Xuân 2025", "Tết Nguyên đán 2025", "Trung thu 2024", "hè 2024"):
 * the number after them is a year, unless a counted noun follows ("Tết 2000 suất quà").
 */
export const FEAST_SEASON_WORDS = ['Tết Nguyên đán', 'Tết Dương lịch', 'Tết Trung thu', 'Tết', 'Xuân', 'Giáng sinh', 'Noel', 'Trung thu', 'mùa hè', 'dịp hè', 'Quốc khánh'] as const;
export const CALENDAR_ERA_WORDS = ['Phật lịch', 'Dương lịch', 'Âm lịch', 'Công nguyên'] as const;
/** The stems and branches naming a lunar year ("Tết Nguyên đán Giáp Thìn 2024", "Quý Mão"): the number after the pair is its year. */
export const HEAVENLY_STEMS = ['Giáp', 'Ất', 'Bính', 'Đinh', 'Mậu', 'Kỷ', 'Canh', 'Tân', 'Nhâm', 'Quý'] as const;
export const EARTHLY_BRANCHES = ['Tý', 'Sửu', 'Dần', 'Mão', 'Mẹo', 'Thìn', 'Tỵ', 'Ngọ', 'Mùi', 'Thân', 'Dậu', 'Tuất', 'Hợi'] as const;
/**
 * Words right before "N năm" that make it an anniversary counted in years, a figure: "kỷ niệm 82 năm Ngày thành lập …";
 * so are the years of a programme a review looks back on ("tổng kết 10 năm thực hiện Nghị quyết …").
 */
export const ANNIVERSARY_WORDS = ['kỷ niệm', 'sơ kết', 'tổng kết'] as const;
/**
 * Words that greet an anniversary: "chào mừng 80 năm Cách mạng tháng Tám", "hướng tới 95 năm Ngày thành lập Đảng" — the
 * years are the anniversary's count, a figure, when an event's capitalised name follows them (checked in code).
 */
export const ANNIVERSARY_GREETING_WORDS = ['chào mừng', 'hướng tới'] as const;
/**
 * The founding years of national bodies whose anniversaries reports celebrate, by the names written after "Ngày thành
 * lập" / "Ngày truyền thống": "kỷ niệm 94 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh" is held in 1931 + 94 = 2025.
 */
export const FOUNDING_YEARS: ReadonlyArray<readonly [readonly string[], number]> = [
  [['Đảng Cộng sản Việt Nam'], 1930],
  [['Đoàn TNCS Hồ Chí Minh', 'Đoàn Thanh niên Cộng sản Hồ Chí Minh'], 1931],
  [['Quân đội nhân dân Việt Nam'], 1944],
  [['Công an nhân dân'], 1945],
  [['Hội Liên hiệp Phụ nữ Việt Nam'], 1930],
  [['Mặt trận Tổ quốc Việt Nam'], 1930],
  [['Hội Nông dân Việt Nam'], 1930],
  [['Hội Cựu chiến binh Việt Nam'], 1989],
  [['Công đoàn Việt Nam'], 1929],
  [['Đội Thiếu niên Tiền phong Hồ Chí Minh'], 1941],
];
/** Words between an anniversary's age and the body's name ("94 năm Ngày thành lập …", "95 năm Ngày truyền thống …"). */
export const FOUNDING_DAY_WORDS = ['ngày thành lập', 'thành lập', 'ngày truyền thống'] as const;
/**
 * Words before a span of time that make it a measured amount, not the period a figure is about: "bình quân 12 ngày làm
 * việc", "sớm hơn 03 ngày", a delay or an advance ("nộp chậm 05 ngày", "về đích sớm 2 tháng"), a delay past a bound
 * ("khai báo chậm quá 24 giờ", "quá hạn 6 ngày"; "chậm nhất 30 ngày", a
 * deadline, has "nhất" before its number), a total of spans added up ("tăng 2 giờ/ngày trong 4 ngày, tổng cộng 8 giờ").
 */
export const MEASURED_SPAN_LEADS = ['bình quân', 'trung bình', 'tổng cộng', 'sớm hơn', 'chậm hơn', 'nhanh hơn', 'rút ngắn', 'chậm quá', 'trễ quá', 'quá hạn', 'chậm', 'sớm', 'trễ'] as const;
/**
 * Comparatives of time among those leads: what they are compared with may stand between them and the span, a few words
 * with no clause mark ("mặn xâm nhập sớm hơn cùng kỳ khoảng 20 ngày", "gieo sạ muộn hơn năm 2023 10 ngày").
 */
export const SPAN_COMPARATIVES = ['sớm hơn', 'chậm hơn', 'nhanh hơn', 'muộn hơn'] as const;
/**
 * Nouns of how long something takes: after one, its activity's words and a colon, each span of the list that follows is a
 * stated value ("Thời gian huấn luyện: dân quân cơ động 12 ngày; …"), never the period the report tells of.
 */
export const SPAN_VALUE_HEADS = ['thời gian', 'thời lượng'] as const;
/** Words that may stand between such a lead and its span: "bình quân là 42 ngày", "chậm khoảng 01 tháng" (with the hedges). */
export const MEASURED_SPAN_LINKS = ['là', ...HEDGES] as const;
/**
 * Units of a span that is always a measured amount, never the period a report tells of: "thời gian mất điện bình quân
 * 412 phút", "thời gian phản hồi 15 giây" (an outage, a wait, a response time; no report covers some minutes).
 */
export const MEASURED_SPAN_UNITS = ['phút', 'giây'] as const;
/**
 * Units of hours: a span of more hours than a day has ("thời lượng phát sóng 713 giờ", "trong vòng 48 giờ") is a measured
 * amount, never a clock time ("sau 22 giờ") nor the period a report tells of.
 */
export const HOUR_UNITS = ['giờ', 'tiếng'] as const;
/**
 * Words before a span of days, weeks or months that make it how long an action took or waited, a measured amount, not the
 * report's period: "khám sức khỏe cho 642 công dân trong 06 ngày", "trả lời trong vòng 03 ngày", "công bố hết dịch sau 30 ngày", "hỗ trợ gạo trong 06 tháng",
 * or how long a shortage lasted ("vắc xin bị thiếu 10 ngày"), or the full term an action ran ("niêm yết công khai đủ 20 ngày"),
 * or without a break ("máy bơm chạy liên tục 4 ngày"). A hedge may stand between ("thiếu nước trong khoảng 10 ngày").
 * Not "quá" (a limit passed: "nợ quá 03 tháng"): the released golds disagree on it (a figure in h53 and h215, not one in
 * h51's "chậm triển khai dự án quá 24 tháng"), so the span after it stays unread.
 */
export const ACTION_SPAN_LEADS = ['trong', 'trong vòng', 'sau', 'kéo dài', 'liên tục', 'thiếu', 'đủ'] as const;
/**
 * "qua" inside a clause before a span ("các ổ dịch đã qua 21 ngày không phát sinh ca bệnh mới"): how long has passed, a
 * count of days (h208, h220); opening its clause ("Qua 6 tháng triển khai, …") it names the period told of, as "trong" does,
 * and so it does as the second word of a verb ("trải qua 3 tháng thi công", "thông qua", "vượt qua"): the heads refused.
 */
export const PASSED_SPAN_LEADS = ['qua'] as const;
export const PASSED_SPAN_COMPOUND_HEADS = ['trải', 'thông', 'vượt'] as const;
/** Words that make another word of a span lead after them: "tiêm chủng đầy đủ 10 tháng" (complete, no term stated). */
export const SPAN_LEAD_COMPOUND_HEADS = ['đầy'] as const;
/**
 * Nouns of a term: a span of days, weeks or months after one, at most two words of what the term is of or a bracket between,
 * is the term stated, a value, not the report's period: "thời hạn vay 36 tháng", "được hưởng trong thời hạn 24 tháng",
 * "hết thời hạn bảo hành (12 tháng)", "tiền gửi kỳ hạn 6 tháng".
 */
export const TERM_SPAN_HEADS = ['thời hạn', 'kỳ hạn'] as const;
/**
 * Verbs of a stoppage: a span of days, weeks or months later in their clause is how long the stoppage lasted, a measured
 * amount ("trạm phải tạm ngừng lấy nước thô 06 ngày", "mất điện 2 ngày", "đóng cửa 10 ngày"); never after "không"
 * ("không ngừng", constantly).
 */
/**
 * Verbs of a course someone goes through for a number of days: a span right after one is how long it lasted, a measured
 * amount ("dân quân năm thứ nhất huấn luyện 15 ngày", "tập huấn 03 ngày", "điều trị nội trú 10 ngày" is not: a word between).
 * "bồi dưỡng" is left out: the earlier gold reads "được bồi dưỡng 10 ngày" as a period (test/extract/figures.test.ts);
 * which reading the genre wants is not settled.
 */
export const COURSE_VERBS = ['huấn luyện', 'tập huấn', 'điều trị', 'cách ly', 'tập luyện', 'diễn tập'] as const;
/**
 * Words before a named day an event falls on, and the span after the event's name is the gap from it ("niêm yết danh
 * sách trước ngày bầu cử 10 ngày", "nộp hồ sơ sau ngày khai giảng 15 ngày"): a measured amount.
 */
export const EVENT_GAP_LEADS = ['trước ngày', 'sau ngày'] as const;
/**
 * Heads of a name given in quotes ("Cuộc vận động "Xây dựng gia đình 5 không, 3 sạch"", "danh hiệu "Gia đình văn hóa"",
 * "mô hình "Chợ 4.0""): a number inside the quotes is part of the name, never a quantity.
 */
export const QUOTED_NAME_HEADS = ['cuộc vận động', 'phong trào', 'mô hình', 'danh hiệu'] as const;
export const STOPPAGE_VERBS = ['ngừng', 'dừng', 'gián đoạn', 'mất điện', 'mất nước', 'cắt điện', 'cắt nước', 'đóng cửa', 'phong tỏa'] as const;
/**
 * Words right before "thôn" that make it a kind, not a numbered hamlet: "khu vực nông thôn 43,1 tấn", "các trục đường thôn
 * 118 bóng" (the village roads, 118 lamps).
 */
export const HAMLET_AS_KIND_HEADS = ['nông', 'đường'] as const;
/** Units of such a span: a number of years is more often a period than an amount ("trong 5 năm"). */
export const ACTION_SPAN_UNITS = ['ngày', 'tuần', 'tháng'] as const;
/**
 * Units of a span right after a change verb ("thời lượng phát sóng 286 giờ, tăng 18 giờ", "tuổi thọ bình quân tăng 2 năm",
 * "thời gian chờ khám giảm 3 ngày"): the size of a change, a measured amount, never a period (a period tail after it, "tăng
 * 3 năm liền", keeps it one). Minutes and seconds are measured wherever they stand.
 */
export const CHANGED_SPAN_UNITS = ['năm', 'tháng', 'tuần', 'ngày', 'giờ', 'tiếng', 'tuổi'] as const;
/**
 * A span per period ("huấn luyện 12 ngày/năm", "học 6 giờ/tuần", "trực 10 ngày/tháng") is a rate, a quantity: the units
 * of time it may be counted in, and the periods after its slash.
 */
export const RATE_SPAN_UNITS = ['ngày', 'tuần', 'tháng', 'giờ', 'tiếng', 'phút'] as const;
export const RATE_SPAN_PERIODS = ['năm', 'quý', 'tháng', 'tuần', 'ngày', 'giờ'] as const;
/**
 * Words after a span that make it the interval of a repeated action ("sinh hoạt định kỳ 2 tháng một lần", "thu gom 02
 * ngày/lần"): how long between two times, a length counted like any span, no period told of; and the units it may be in.
 */
export const INTERVAL_TAILS = ['một lần', '1 lần', '01 lần', '/lần', '/ lần', '/1 lần', '/01 lần'] as const;
export const INTERVAL_UNITS = [...RATE_SPAN_UNITS, 'quý', 'năm'] as const;
/**
 * How many of a span's units one period holds: a span of a whole period ("trực 7 ngày/tuần", "24 giờ/ngày", "12
 * tháng/năm") says "every one of them", a schedule, no amount of anything.
 */
export const UNITS_IN_PERIOD: Readonly<Record<string, Readonly<Record<string, readonly number[]>>>> = {
  ngày: { tuần: [7], tháng: [28, 29, 30, 31], quý: [90, 91, 92], năm: [365, 366] },
  giờ: { ngày: [24], tuần: [168] },
  tiếng: { ngày: [24], tuần: [168] },
  tuần: { năm: [52, 53] },
  tháng: { quý: [3], năm: [12] },
  phút: { giờ: [60] },
};
/**
 * Words after such a span that place it as a period instead ("trong 6 tháng đầu năm", "trong 3 tháng qua", "sau 9 tháng
 * năm 2024"). "cao điểm" is none: "ra quân trong 10 ngày cao điểm" counts the days of the drive, as "trong 10 ngày" does.
 */
export const SPAN_PERIOD_TAILS = ['đầu', 'cuối', 'giữa', 'qua', 'tới', 'vừa qua', 'gần đây', 'năm', 'trước', 'sau', 'còn lại', 'mùa', 'liên tục', 'liên tiếp', 'liền'] as const;
/** Words of a deadline ("trước ngày", "chậm nhất"). */
export const DEADLINE_WORDS = ['trước ngày', 'đến ngày', 'chậm nhất', 'hạn'] as const;
/**
 * Words holding "hạn" that name no deadline: a debt or file past due ("nợ quá hạn", "trả đúng hạn", "thu hồi trước hạn"),
 * a service life ("hết niên hạn sử dụng"), a limit ("hạn chế", "hạn mức", "hạn ngạch", "giới hạn", "quyền hạn") or a
 * drought ("hạn hán"). Read before "hạn" of DEADLINE_WORDS is taken as one.
 */
export const NOT_DEADLINE_HAN_WORDS = [
  'quá hạn', 'đúng hạn', 'trước hạn', 'trễ hạn', 'chậm hạn', 'niên hạn', 'thời hạn sử dụng', 'hạn chế', 'hạn mức', 'hạn ngạch', 'hạn hán', 'giới hạn',
  'quyền hạn', 'hữu hạn', 'vô hạn',
] as const;
/** What a fulfilment rate is measured against: "đạt 92% kế hoạch", "đạt 56,9% dự toán", "đạt 80% KH". */
export const PLAN_BASES = ['kế hoạch', 'KH', 'dự toán', 'chỉ tiêu', 'mục tiêu'] as const;
/** A plan counted as a noun of its own, the things it sets out to fill: "12 chỉ tiêu, trúng tuyển 10 người, đạt 83,3%". */
export const QUOTA_UNITS = ['chỉ tiêu'] as const;
/** Words that set a value equal to a share of a yardstick: "bằng 132% giá khởi điểm", "tương đương 80% mức lương". */
export const EQUAL_WORDS = ['bằng', 'tương đương'] as const;
/** Words that open the title of a law, whose year closes it: "Luật Giáo dục 2019", "Bộ luật Lao động 2019", "Hiến pháp 2013". */
export const LAW_TITLE_WORDS = ['Luật', 'Bộ luật', 'Hiến pháp', 'Pháp lệnh'] as const;
/** Capitalised titles of a programme or plan whose name may close with the year it was issued for: "Chương trình giáo dục phổ thông 2018". */
export const PROGRAMME_TITLE_WORDS = ['Chương trình', 'Đề án', 'Chiến lược', 'Quy hoạch'] as const;
/**
 * Words (either case at each word's start) that open the name of an event held once a year or once an edition, whose year may close it: "Hội chợ Du lịch quốc tế
 * VITM Hà Nội 2024", "Liên hoan Phim Việt Nam 2023", "Giải Việt dã Tiền Phong 2025": the year names the edition, it counts nothing.
 */
export const EVENT_TITLE_WORDS = [
  'hội chợ', 'triển lãm', 'liên hoan', 'hội thi', 'hội diễn', 'hội thao', 'hội báo', 'hội trại', 'ngày hội', 'lễ hội', 'tuần lễ', 'tuần văn hóa',
  'festival', 'giải', 'cuộc thi', 'diễn đàn', 'hội khỏe', 'đại hội', 'hội nghị', 'năm du lịch',
] as const;
/** Verbs of a work finished and handed over: "đã hoàn thành, nghiệm thu và đưa vào sử dụng từ ngày …". */
export const COMPLETED_ACTIONS = ['hoàn thành', 'nghiệm thu', 'khánh thành', 'bàn giao', 'đưa vào sử dụng', 'kết thúc'] as const;
/** Verbs of an event already held, its date right after its name: "Đã tổ chức Lễ tuyên dương … vào ngày …". */
export const HELD_ACTIONS = ['tổ chức'] as const;
/** Words after a verb that say its action is finished: "đã xử lý xong ngày …", "đã giải quyết dứt điểm ngày …". */
export const FINISHED_PARTICLES = ['xong', 'dứt điểm'] as const;
/** Words after a verb that tell how its action came out, so it was done: "đấu giá thành công", "xử lý xong". */
export const OUTCOME_PARTICLES = [...FINISHED_PARTICLES, 'thành công'] as const;
/** Words of a purpose or a condition, after which a date is no longer the finished work's own: "đã nghiệm thu để đưa vào sử dụng từ ngày …". */
export const PURPOSE_WORDS = ['để', 'nhằm', 'chờ', 'sau khi'] as const;
/** Acts of issuing a paper, whose date right after is the paper's own: "Kho bạc đã có văn bản xác nhận … ngày 24/6". */
export const ISSUED_ACTIONS = ['có văn bản', 'ban hành', 'ký ban hành'] as const;
/**
 * Acts that amend a paper already issued ("điều chỉnh tại Quyết định số …", "bổ sung có mục tiêu tại …"): the amending paper
 * cannot be dated before the one it amends.
 */
export const AMENDING_ACTIONS = ['điều chỉnh', 'bổ sung', 'sửa đổi', 'sửa đổi, bổ sung'] as const;
/** Words placing an act in the paper after them ("giao tại Quyết định số …", "điều chỉnh theo Quyết định …"). */
export const ACT_IN_PAPER_WORDS = ['tại', 'theo'] as const;
/** Words that hand the date after them to what a paper is about, not to the paper: "ban hành công văn về … vào ngày …". */
export const PAPER_SUBJECT_WORDS = ['về', 'vào', 'việc', 'tổ chức', 'triển khai'] as const;
/** Words of an action already finished. */
export const FINISHED_WORDS = ['đã', 'hoàn thành'] as const;
/**
 * Words opening a sentence that gives one instance of the actions the sentence before told as done ("Trong năm đã tổ
 * chức 17 cuộc cưỡng chế. Điển hình là cuộc cưỡng chế … ngày …"): the instance is done too.
 */
export const EXAMPLE_LEAD_WORDS = ['điển hình là', 'điển hình như', 'tiêu biểu là', 'tiêu biểu như'] as const;
/**
 * Words that tell an incident as having happened, not only found ("Trong năm xảy ra 02 vụ cháy: …"): what was found in a
 * period may have happened before it, what happened in it did not.
 */
export const HAPPENED_WORDS = ['xảy ra', 'phát sinh'] as const;
/**
 * Words before an incident that make it a risk or a forecast, not an event that happened: "nguy cơ xảy ra 01 đợt …",
 * "dự báo có thể xảy ra …", "không để xảy ra …".
 */
export const POSSIBILITY_WORDS = ['có thể', 'nguy cơ', 'dự báo', 'không để', 'tránh để', 'phòng ngừa'] as const;
/**
 * Words between an incident told as happened and its day that hand the day to someone's deed or paper instead ("xảy ra 01
 * vụ …, UBND xã tổ chức họp ngày …", "… theo Quyết định số …"): the day is then not the incident's own.
 */
export const HAPPENED_DAY_BREAKS = ['tổ chức', 'thực hiện', 'tiến hành', 'triển khai', 'ban hành', 'có văn bản', 'đã', 'của', 'về', 'theo', 'số', 'để', 'nhằm', 'sau khi', 'từ'] as const;
/** Words that tell an incident or case as having happened, found or recorded: "các vụ … xảy ra vào các ngày …". */
export const OCCURRED_WORDS = [...HAPPENED_WORDS, 'phát hiện'] as const;
/**
 * Words right before a count that tell the incidents as happened or merely recorded, no deed done to them ("Trong kỳ xảy ra
 * 03 vụ", "ghi nhận 05 vụ"): a count an office's deed reached ("xác minh 11 vụ", "điều tra làm rõ 4 vụ") is another indicator.
 */
export const HAPPENED_COUNT_WORDS = [...HAPPENED_WORDS, 'ghi nhận', 'thống kê được', 'thống kê'] as const;
/**
 * Words right before a count of incidents that tell them as found ("Trong kỳ phát hiện 07 vụ vi phạm"): with no one named
 * as finding them, what the period found is what it records, the count a later "xảy ra 08 vụ vi phạm" of the same period
 * restates. An office named before the verb ("Hạt Kiểm lâm đã phát hiện 07 vụ") tells its deed, and a deed that handles them
 * ("phát hiện, xử lý 05 vụ") counts those it reached.
 */
export const FOUND_COUNT_WORDS = ['phát hiện'] as const;
/** Periods that may open a found count's clause before its verb ("trong kỳ", then "đã" at most) and name no one who found it. */
export const FOUND_LEAD_PERIODS = ['trong kỳ', 'trong năm', 'trong quý', 'trong tháng', 'trong đợt', 'trong kỳ báo cáo', 'năm qua', 'kỳ này'] as const;
/**
 * Verbs of a measured outcome that, followed by its figure, tell an event as already held: "đợt thứ 6 tổ chức ngày 12/7 tiếp
 * nhận 418 đơn vị máu", "hội chợ ngày 20/12 thu hút 3.500 lượt khách" (a plan says "dự kiến", "sẽ", read as future words).
 */
export const MEASURED_RESULT_VERBS = ['tiếp nhận', 'thu được', 'thu hút', 'thu về'] as const;
/** Words closing a head count of those who took part ("với 612 thí sinh dự thi", "với 215 lượt người tham gia"): an event held. */
export const TOOK_PART_WORDS = ['tham gia', 'tham dự', 'dự thi'] as const;
/**
 * Words that class a project as one newly started in the plan year ("+ Dự án khởi công mới: công trình … khởi công ngày …"):
 * an item of that class cannot have started before the period, unlike a project carried over ("chuyển tiếp").
 */
export const NEW_START_CLASS_WORDS = ['khởi công mới'] as const;
/** The verbs of a work's start, whose day right after them is the start itself ("khởi công ngày 10/3/2025"). */
export const WORK_START_VERBS = ['khởi công', 'động thổ'] as const;
/** Words of a project carried over from earlier years, or of an earlier phase, that an item of new starts may still mention. */
export const CARRIED_OVER_PROJECT_WORDS = ['chuyển tiếp', 'giai đoạn', 'tiếp tục', 'tạm dừng'] as const;
/** Verbs of a deed's result against its target, a share and the target after them ("… đạt 100% chỉ tiêu"): the deed was done. */
export const ATTAINED_VERBS = ['đạt', 'vượt'] as const;

// ——— other units named in a report ———

/** Verbs whose object receives the issuer's help, so a unit named right after them is not where the report's facts happen: "hỗ trợ xã X 2 tấn giống". */
/**
 * Verbs of giving that, right after a named unit, make it a giver ("UBND huyện X hỗ trợ 02 xe …"): when the receiver named
 * later in its sentence is the issuer itself, the clause tells of help the issuer got, not the named unit's own facts.
 * Not "cho" (also "cho biết") nor a passive "được".
 */
/** The word naming the agent of a passive deed ("hài cốt liệt sĩ do Ban Chỉ huy quân sự huyện X bàn giao"). */
export const AGENT_WORDS = ['do', 'được'] as const;
/**
 * The people and authorities of a place, as the agent of a passive deed right before its name ("được cấp ủy, chính quyền và
 * nhân dân huyện X đồng tình hưởng ứng"): that place's own people did the deed.
 */
export const PASSIVE_AGENT_LEADS = ['được'] as const;
export const PLACE_PEOPLE_WORDS = ['nhân dân', 'người dân', 'cấp ủy', 'chính quyền', 'cán bộ', 'đảng viên', 'hội viên', 'đoàn viên', 'đoàn thể', 'các đoàn thể',
  // A mass organisation's members named by whom it gathers ("hội viên phụ nữ", "đoàn viên thanh niên", "hội viên nông dân").
  'hội viên phụ nữ', 'phụ nữ', 'đoàn viên thanh niên', 'thanh niên', 'hội viên nông dân', 'nông dân', 'hội viên cựu chiến binh', 'cựu chiến binh'] as const;
/** Words of how many between the passive's agent word and a place's people ("được đông đảo nhân dân …", "được toàn thể đoàn viên …"). */
export const PASSIVE_AGENT_QUANTIFIERS = ['đông đảo', 'toàn thể', 'tất cả', 'các'] as const;
/**
 * Verbs of handing something to another ("hỗ trợ", "bàn giao"), sending on included: "hồ sơ do UBND xã X chuyển đến", "chuyển
 * sang", "chuyển về" (files a unit passes to the issuer by competence); "chuyển" alone is too wide ("chuyển đổi").
 */
export const GIVING_VERBS = ['hỗ trợ', 'giúp đỡ', 'giúp', 'ủng hộ', 'tặng', 'trao tặng', 'chi viện', 'cứu trợ', 'tiếp tế', 'chuyển giao', 'bàn giao', 'cung cấp', 'gửi', 'cử',
  'chuyển đến', 'chuyển tới', 'chuyển sang', 'chuyển về', 'chuyển cho', 'chuyển trả'] as const;
export const RECIPIENT_VERBS = ['hỗ trợ', 'giúp đỡ', 'ủng hộ', 'tặng', 'trao tặng', 'chi viện', 'cứu trợ', 'chuyển giao', 'bàn giao', 'cung cấp', 'gửi', 'cho'] as const;
/**
 * Words that set a named unit beside the issuer as a yardstick: "cao hơn xã X", "thấp hơn huyện Y", "so với xã Z", and a
 * ranking or a match against a rival ("xếp thứ Ba, sau đội xã X", "thua đội tuyển huyện Y").
 */
export const YARDSTICK_WORDS = ['hơn', 'so với', 'bằng', 'như', 'kém', 'sau', 'xếp sau', 'đứng sau', 'thua', 'thắng'] as const;
/**
 * Comparison words that may stand a few words before the unit they compare with, the compared thing's noun between:
 * "thấp hơn công trình cấp nước xã X", "cao gấp 2,5 lần huyện Y", "tương đương sản lượng của huyện Z".
 */
export const FAR_YARDSTICK_WORDS = ['hơn', 'so với', 'tương đương', 'gấp'] as const;

// ——— what a percentage is ———

/**
 * Words of growth, plan fulfilment and comparison around a percentage: over 100% is normal there ("tăng 112%",
 * "đạt 112% kế hoạch", "bằng 150% năm trước"). Matched anywhere in the words (they are distinctive as they stand);
 * "KH" and the change verbs are added as whole words by the reader.
 */
export const GROWTH_OR_PLAN_WORDS = ['so với', 'so sánh', 'kế hoạch', 'chỉ tiêu', 'dự toán', 'mục tiêu', 'nghị quyết', 'vượt', 'tăng trưởng', 'gấp', 'cùng kỳ', 'năm trước', 'kỳ trước', 'chỉ số', 'hoàn thành', 'phấn đấu', 'định mức'] as const;
/**
 * "tỷ lệ giáo viên hoàn thành bồi dưỡng mô-đun đạt 98,6%": after a rate word and the members it counts, "hoàn thành" and a
 * deed of their own ("bồi dưỡng", "chương trình") tell what those members did, a share of them, no plan fulfilled. Not
 * when what follows is a plan, a duty or the value itself (the words below): "tỷ lệ xã hoàn thành kế hoạch", "hoàn thành 105%".
 */
export const MEMBERS_DONE_VERBS = ['hoàn thành'] as const;
/**
 * "Tỷ lệ dự án có kế hoạch lựa chọn nhà thầu được đăng tải … đạt 116,7%": right after a rate word and the counted things it
 * is of, these verbs give those things a plan, a target or an estimate of their own (the plan word after them is what each
 * thing has, no base the rate is measured against): a share of the things, which cannot pass 100%. A plan word elsewhere in
 * the words ("đạt 104% kế hoạch", "theo kế hoạch") still tells a plan fulfilled.
 */
export const PLAN_HOLDING_VERBS = ['có', 'đã có', 'lập', 'đã lập', 'được lập', 'xây dựng', 'đã xây dựng', 'được xây dựng', 'được phê duyệt', 'ban hành', 'đã ban hành', 'được ban hành'] as const;
/** What after MEMBERS_DONE_VERBS keeps it a plan fulfilled: a plan, a duty, a verb reaching the value. */
export const FULFILLED_OBJECTS = [...EXCEEDED_BASES, 'nhiệm vụ', 'đạt', 'vượt', 'bằng', 'là', 'được'] as const;
/**
 * The name of a rate of performance against what was set ("Xã A có tỷ lệ thực hiện cao nhất (113,33%)", "Tỷ lệ thực hiện
 * dự toán của huyện …"): done over planned, which passes 100% when the plan is beaten. Read so only when the name stands
 * alone before its value or a word of FULFILMENT_RATE_TAILS ("tỷ lệ thực hiện thủ tục trực tuyến" names a share).
 */
export const FULFILMENT_RATE_NAMES = ['tỷ lệ thực hiện', 'tỉ lệ thực hiện'] as const;
/** Words after FULFILMENT_RATE_NAMES that keep it a rate against a plan: its rank, its owner, its plan, its verb. */
export const FULFILMENT_RATE_TAILS = [...SUPERLATIVE_WORDS, 'của', 'về', 'chung', 'bình quân', 'dự toán', 'so với', 'đạt', 'là', 'bằng'] as const;
/**
 * Words of a rate of use against a capacity, which passes 100% when the load exceeds what was built for it
 * ("công suất sử dụng giường bệnh đạt 104,6%", "trường quá tải 120%", "đạt 115% sức chứa", "so với thiết kế"):
 * like growth and plan fulfilment, a load set against a capacity is no share of a whole. Matched anywhere in the words.
 */
export const CAPACITY_RATE_WORDS = ['công suất', 'sức chứa', 'quá tải', 'thiết kế', 'hệ số sử dụng'] as const;
/**
 * The rooms a capacity rate may name that hold no one beyond what they have ("công suất phòng toàn phường đạt 104,5%",
 * "công suất sử dụng buồng phòng"): a room is let or not, so their occupancy cannot pass 100%, unlike beds (extra beds put in:
 * "công suất sử dụng giường bệnh đạt 115%") or classrooms used in two shifts. Read as such only when ROOM_OCCUPANCY_TAILS
 * or a mark follows, never before "học", "bệnh", "họp" …
 */
export const ROOM_OCCUPANCY_NAMES = ['công suất phòng', 'công suất buồng', 'công suất buồng phòng', 'công suất sử dụng phòng', 'công suất sử dụng buồng', 'công suất sử dụng buồng phòng', 'công suất thuê phòng', 'công suất cho thuê phòng'] as const;
/** Words right after ROOM_OCCUPANCY_NAMES that keep the rooms guest rooms: their kind, their scope, the value's verb. */
export const ROOM_OCCUPANCY_TAILS = ['lưu trú', 'khách sạn', 'nghỉ', 'bình quân', 'trung bình', 'toàn', 'các', 'của', 'tại', 'trên địa bàn', 'đạt', 'ước đạt', 'là', 'chung'] as const;
/**
 * Words opening a clause that names only when or where ("Công suất sử dụng phòng bình quân cả năm đạt 58,4 %, dịp cao điểm
 * … đạt 108,0 %", "…, riêng tháng 8 đạt 97 %"): after a comma and a rate's value, the clause's percent is the same rate at
 * that time or place, its noun not repeated.
 */
export const SAME_RATE_SCOPE_OPENERS = ['riêng', 'dịp', 'mùa', 'cao điểm', 'thời điểm', 'có thời điểm', 'có lúc', 'lúc', 'vào', 'tháng', 'quý', 'đợt', 'những ngày', 'các ngày', 'ngày', 'cuối tuần', 'kỳ', 'giai đoạn', 'tết'] as const;
/**
 * "đã giải ngân 4,680 tỷ đồng, đạt 104,00% kế hoạch vốn được giao": money disbursed out of the capital allocated to it cannot
 * pass the allocation (the treasury pays no more than the plan of capital handed to the project), so that rate is a share,
 * not a plan outdone as "thu ngân sách đạt 112% dự toán" is. The verb of disbursement, …
 */
export const DISBURSEMENT_VERBS = ['giải ngân'] as const;
/** … the capital named right after the percent … */
export const ALLOCATED_CAPITAL_BASES = ['kế hoạch vốn', 'vốn kế hoạch', 'vốn'] as const;
/**
 * … and the words that close it as the allocation handed to the subject itself. Without them ("đạt 104% kế hoạch vốn"), or
 * with a giver named ("kế hoạch vốn Thủ tướng Chính phủ giao", "… tỉnh giao"), the reading is unsure: a plan of capital as a
 * whole may be outdone (capital carried over, a province allocating beyond what was handed down).
 */
export const ALLOCATED_CAPITAL_TAILS = ['được giao', 'đã giao', 'giao', 'được phân bổ', 'đã phân bổ', 'được bố trí', 'đã bố trí'] as const;
/**
 * Words opening an aside between commas that describes a place ("Riêng thôn A, nơi vừa hoàn thành tuyến ống, tỷ lệ … đạt
 * 106%"): its verbs are the place's story, not the rate's, so they never make the rate one of growth or of a plan done.
 */
export const PLACE_ASIDE_OPENERS = ['nơi', 'là nơi'] as const;
/**
 * Words of a share or coverage rate, which cannot pass 100% ("Tỷ lệ … phủ sóng", "có tài khoản", "chiếm", "tỷ trọng trong
 * tổng chi": a weight in a structure); "được" is added as a whole word by the reader.
 */
export const SHARE_RATE_WORDS = ['tỷ lệ', 'tỉ lệ', 'tỷ trọng', 'tỉ trọng', 'có kết nối', 'kết nối', 'phủ sóng', 'bao phủ', 'sử dụng', 'có tài khoản', 'cài đặt', 'tham gia', 'chiếm', 'trên tổng số', 'số hóa', 'trực tuyến', 'ký số', 'đạt chuẩn', 'hộ gia đình', 'người dân'] as const;
/** Words right after a percent that make it a share of a whole they name ("đạt 53,4% tổng số hộ"): it cannot pass 100%. */
export const SHARE_OF_WHOLE_WORDS = ['tổng số'] as const;
/**
 * "đạt 104% số gia đình chính sách trên địa bàn": a percent reached of "số" and the things counted is a share of them (the
 * verb of SHARE_REACH_VERBS before it; "bằng 115% số giấy cấp đổi" sets two counts side by side, no share). Nouns after "số"
 * that name an amount, not things counted ("số tiền", "số vốn", "số thu", "số lượng", "số liệu"), may be a yardstick: not read.
 */
export const SHARE_OF_COUNT_HEADS = ['số'] as const;
export const SHARE_REACH_VERBS = ['đạt'] as const;
export const AMOUNT_AFTER_COUNT_HEAD = ['tiền', 'vốn', 'thu', 'chi', 'nộp', 'dư', 'lượng', 'liệu', 'điểm', 'giờ', 'ngày', 'lần'] as const;
/**
 * Header words of a plan, target, norm or earlier-period column, whose rates may pass 100%: "Kế hoạch", "KH", "Cùng kỳ",
 * "Định mức" (a staffing or spending norm: "Hiện có" over "Định mức" passes 100% where staff exceed it).
 */
export const PLAN_COLUMN_WORDS = ['kế hoạch', 'KH', 'chỉ tiêu', 'mục tiêu', 'dự toán', 'định mức', 'cùng kỳ', 'năm trước'] as const;

/**
 * Words of a column header that frame a figure (when, how, what kind of number) without naming what it measures:
 * "Tổng số phòng học" measures "phòng học", "Tỷ lệ kiên cố (%)" measures "kiên cố", "Kết quả" and "Hiện có" nothing.
 */
export const HEADER_FRAME_WORDS = [
  'kỳ báo cáo', 'kết quả', 'số liệu', 'thực hiện', 'giá trị', 'số lượng', 'tổng số', 'tổng cộng', 'tổng', 'ghi chú',
  'năm', 'tháng', 'quý', 'tỷ lệ', 'tỉ lệ', 'hiện có', 'lũy kế', 'số',
] as const;

// ——— numbers that name rather than count ———

/** Words after which a number names a place, a period, a document or an item rather than counting: "tổ 3", "khu phố 5", "quý 2", "Nghị định 13". */
export const NAMING_WORDS = [
  'tổ', 'tổ dân phố', 'khu phố', 'khu', 'thôn', 'xóm', 'ấp', 'bản', 'đội', 'ô', 'lô', 'phòng', 'tầng',
  'năm', 'tháng', 'quý', 'tuần', 'ngày', 'kỳ', 'đợt', 'lần', 'lần thứ', 'khóa', 'giai đoạn', 'bước', 'điều', 'khoản', 'mục', 'phụ lục', 'biểu', 'mẫu', 'bảng',
  'quyết định', 'nghị định', 'nghị quyết', 'thông tư', 'công văn', 'kế hoạch', 'chỉ thị', 'tiêu chí', 'chỉ tiêu', 'nhóm', 'hạng', 'loại', 'phiên bản',
  'quốc lộ', 'tỉnh lộ', 'huyện lộ', 'đường tỉnh', 'đường huyện', 'đường', 'lớp', 'iso', 'tcvn', 'covid', 'windows', 'office', 'version',
] as const;
/**
 * A naming word after a word of plurality: "các loại", "nhiều loại" say "of every kind" and name no class by the number after
 * them ("bê tông các loại 9.486,5 m³" is an amount, where "loại 2" names a class).
 */
export const KIND_PLURAL_WORDS = ['các loại', 'những loại', 'mọi loại', 'nhiều loại', 'đủ loại'] as const;
/** Words of a level, whose numbers are single digits: "mức độ 3", "cấp 2". */
export const LEVEL_WORDS = ['mức', 'mức độ', 'cấp', 'cấp độ', 'level'] as const;
/** Units of time and age a number can measure ("3 6 tháng" is a span, not two counts run together). */
export const TIME_UNITS = ['năm', 'tháng', 'tuần', 'ngày', 'giờ', 'tiếng', 'phút', 'giây', 'quý', 'tuổi', 'lần'] as const;

// ——— what a date is of ———

/** Words that make a date a founding document's or a deadline ("Căn cứ Quyết định … ngày 18/3/2022", "trước ngày …"); matched anywhere in the clause before the date. */
export const DOCUMENT_BASIS_WORDS = ['căn cứ', 'thực hiện', 'theo', 'nghị quyết', 'nghị định', 'quyết định', 'kế hoạch', 'chương trình', 'đề án', 'chiến lược', 'chỉ thị', 'thông tư', 'luật', 'giai đoạn', 'trước ngày', 'đến ngày', 'hạn', 'dự kiến', 'từ năm', 'thành lập'] as const;
/**
 * Basis words that after an aspect word ("được", "đã", …) are a plain verb, no citation of a basis: "Việc cập nhật … được thực
 * hiện tại 8/8 xã" carries out work, "Thực hiện Kế hoạch số 12/KH-UBND …" cites the plan.
 */
export const BASIS_VERB_WORDS = ['thực hiện'] as const;
/**
 * Names of an office whose field joins "kế hoạch" to another ("Phòng Tài chính - Kế hoạch", "Sở Kế hoạch và Đầu tư"): the
 * office that acts, no plan cited as a basis. Blanked before the basis words are read; " - " stands for any dash.
 */
export const PLAN_OFFICE_NAMES = ['tài chính - kế hoạch', 'kế hoạch - tài chính', 'kế hoạch và đầu tư', 'kế hoạch - đầu tư'] as const;
/** Words naming the day an event was held, right before its date: "tổ chức ngày …", "tổ chức hôm …". */
export const HELD_DAY_WORDS = ['ngày', 'hôm'] as const;
/** Verbs of an event taking place, its day after them: "Hội nghị … tổ chức hôm 26/9", "Hội thi … diễn ra ngày 12/5". */
export const TOOK_PLACE_ACTIONS = [...HELD_ACTIONS, 'diễn ra', 'khai mạc'] as const;
/** Marks inside a document number that make a date the document's ("15-NQ/TU", "13/2023/NĐ-CP", "05/KH-UBND"). */
export const DOCUMENT_CODE_MARKS = ['NQ/', 'NĐ-CP', 'QĐ-TTg', 'CT-TTg', '/TU', '/HU', '/TW', '-KH/'] as const;
/** Words of a time span over several years ("giai đoạn 2021–2025", "qua các năm"): dates of other years belong there. */
export const MULTI_YEAR_WORDS = ['giai đoạn', 'từ năm', 'qua các năm'] as const;
/** Words before a cut-off date ("đến 31/12/2023", "hết ngày …"). */
export const CUT_OFF_WORDS = ['đến', 'tới', 'hết'] as const;
/** Words that date a level to a day with no cut-off word ("Dân số ngày 01/01/2024 là …", "tại thời điểm 31/12/2024"). */
export const DATED_LEVEL_WORDS = ['ngày', 'tại ngày', 'thời điểm', 'tại thời điểm'] as const;
/**
 * Nouns of a numbered round or session an item may open with before its day ("+ Đợt 3 ngày 22/9/2024, …", "- Lần thứ 2
 * (ngày 14/6/2024): …", "Lớp 1 ngày …"): the items of one list are the rounds of one series, dated one after another.
 */
export const SERIES_NOUNS = ['đợt', 'lần', 'vòng', 'phiên', 'lớp', 'khóa'] as const;
/** Times of day before a date that opens an item ("Sáng ngày 05/3/2024, …"). */
export const TIME_OF_DAY_WORDS = ['vào', 'sáng', 'chiều', 'tối'] as const;
/** Words that open a title before its head noun ("Một số nhiệm vụ …", "Các giải pháp …"). */
export const TITLE_QUANTIFIERS = ['một số', 'các', 'những'] as const;

// ——— whose place a name is ———

/** Kinds of document a report cites by number ("Quyết định số 12/QĐ-UBND … của UBND xã X"). */
export const CITED_DOCUMENT_WORDS = ['Quyết định', 'Nghị quyết', 'Kế hoạch', 'Công văn', 'Chỉ thị', 'Thông báo', 'Hướng dẫn', 'Văn bản'] as const;
/** Kinds of document a list of issued documents names one by one ("05 văn bản: Kế hoạch số 12/KH-UBND …; Quyết định số 48/QĐ-UBND …"). */
export const LISTED_DOCUMENT_WORDS = [...CITED_DOCUMENT_WORDS, 'Nghị định', 'Thông tư', 'Tờ trình', 'Báo cáo', 'Đề án', 'Chương trình', 'Quy chế'] as const;
/**
 * The bodies that govern an administrative unit, named right before its level word ("Hội đồng nhân dân xã X", "UBND phường
 * Y", "Ban Thường vụ Đảng ủy xã Z"): its council, its people's committee, its party committee.
 */
export const GOVERNING_BODY_WORDS = ['Hội đồng nhân dân', 'HĐND', 'Ủy ban nhân dân', 'UBND', 'Đảng ủy', 'Đảng bộ', 'Ban Thường vụ', 'Ban Chấp hành'] as const;
/**
 * A council and its resolutions ("Nghị quyết số 20/NQ-HĐND … của HĐND huyện X"): a district's council resolves only its own
 * district's budget and plans, while a district's committee also plans joint work with its peers.
 */
export const COUNCIL_BODY_WORDS = ['Hội đồng nhân dân', 'HĐND'] as const;
/**
 * A people's committee ("Ủy ban nhân dân xã X", "UBND phường Y"): it also plans and decides work joint with its peers
 * ("Kế hoạch … của UBND xã X" a neighbour carries out), so no document of it names the unit a report's matter is of.
 */
export const PEOPLES_COMMITTEE_WORDS = ['Ủy ban nhân dân', 'UBND'] as const;
/** The kind of document a council decides by ("Nghị quyết số …"). */
export const COUNCIL_DOCUMENT_WORDS = ['Nghị quyết'] as const;
/** Words a report rests its own matter on a document with, right before the document ("Thực hiện Nghị quyết số …", "Căn cứ Quyết định số …"). */
export const BASIS_OPENERS = ['thực hiện', 'căn cứ', 'căn cứ vào', 'theo', 'triển khai', 'triển khai thực hiện'] as const;
/**
 * The bodies that unite or lead all of a unit's own organisations, one list per kind: its Fatherland Front committee, its party
 * committee, its council ("Ủy ban Mặt trận Tổ quốc Việt Nam xã X", "Đảng ủy phường Y", "HĐND xã Z"). A unit's own bodies work
 * with their own unit's; across units such a body partners its counterpart of the same kind (extract/place-umbrella.ts).
 */
export const UMBRELLA_BODY_KINDS: ReadonlyArray<readonly string[]> = [
  ['Ủy ban Mặt trận Tổ quốc Việt Nam', 'Ủy ban Mặt trận Tổ quốc', 'Ủy ban MTTQ Việt Nam', 'Ủy ban MTTQ VN', 'Ủy ban MTTQVN', 'Ủy ban MTTQ', 'UBMTTQ Việt Nam', 'UBMTTQVN', 'UBMTTQ', 'UB MTTQ', 'Mặt trận Tổ quốc Việt Nam', 'Mặt trận Tổ quốc', 'Mặt trận', 'MTTQ Việt Nam', 'MTTQVN', 'MTTQ'],
  ['Ban Thường vụ Đảng ủy', 'Thường trực Đảng ủy', 'Ban Chấp hành Đảng bộ', 'Đảng ủy', 'Đảng bộ'],
  ['Thường trực Hội đồng nhân dân', 'Thường trực HĐND', 'Hội đồng nhân dân', 'HĐND'],
];
/**
 * Words of a sentence that sets two units side by side as neighbours or joint parties ("tuần tra vùng giáp ranh", "đường liên
 * xã", "giao lưu giữa hai xã", "xã kết nghĩa"): a unit it names beside the issuer is a real partner, whatever body stands for it.
 */
export const JOINT_UNITS_WORDS = ['giáp', 'giáp ranh', 'tiếp giáp', 'lân cận', 'láng giềng', 'liền kề', 'kết nghĩa', 'liên xã', 'liên phường', 'liên huyện', 'liên quận', 'giữa', 'hai xã', 'hai phường', 'hai thị trấn', 'hai huyện', 'hai quận', 'hai địa phương', 'hai đơn vị', 'cụm thi đua', 'đơn vị bạn', 'địa phương bạn', 'xã bạn', 'phường bạn', 'huyện bạn'] as const;
/** Words before a place's name that make it someone else's: a neighbour, a provider ("giáp xã X", "VNPT huyện Y"). */
export const NEIGHBOUR_OR_PROVIDER_WORDS = ['giáp', 'tiếp giáp', 'lân cận', 'láng giềng', 'VNPT', 'Viettel', 'Vinaphone', 'Mobifone', 'FPT', 'Bưu điện', 'Ngân hàng', 'Agribank', 'Chi nhánh', 'Công ty', 'Điện lực'] as const;
/**
 * Words of a road, canal or line linking to a place ("tuyến đường trục xã nối sang xã X", "kênh nối liền với huyện Y",
 * "kết nối với xã Z"): the named unit is the far end of the link, a neighbour, not whose facts the clause reports.
 */
export const LINK_WORDS = ['nối', 'nối sang', 'nối liền', 'nối thông', 'kết nối', 'liên thông', 'thông sang'] as const;
/** Words between a link word and the place it reaches ('nối liền với', 'kết nối đến'). */
export const LINK_TAIL_WORDS = ['với', 'sang', 'đến', 'tới'] as const;
/**
 * Words right before a place's name that give where an establishment sits ("Trung tâm … tỉnh đóng tại xã X", "có trụ sở tại
 * phường Y"): the named unit is the site of someone else's body, not whose facts the clause reports.
 */
export const SITE_WORDS = ['đóng tại', 'đóng trên địa bàn', 'đóng chân tại', 'đặt tại', 'đặt trụ sở tại', 'có trụ sở tại', 'trụ sở tại'] as const;
/**
 * Kinds of facility, site or project a higher unit owns and places in one of its communes ("Khu xử lý chất thải rắn huyện tại
 * xã X", "Bãi chôn lấp rác thải tập trung của huyện đặt tại xã Y", "Nhà máy nước sạch tỉnh … trên địa bàn xã Z"): named with
 * the owner's level word right before a locative and the unit, the named unit only locates the owner's facility, which serves
 * the issuer too; the clause's facts are not that unit's. Lower-case kinds, read case-blind at the opening of the phrase.
 */
export const FACILITY_WORDS = [
  'khu xử lý', 'khu liên hợp xử lý', 'nhà máy', 'nhà máy xử lý', 'lò đốt', 'bãi rác', 'bãi chôn lấp', 'bãi tập kết', 'bãi xử lý', 'điểm tập kết',
  'trạm trung chuyển', 'trạm xử lý', 'trạm cấp nước', 'trạm bơm', 'nhà máy nước', 'khu công nghiệp', 'cụm công nghiệp', 'khu tái định cư',
  'nghĩa trang', 'nhà tang lễ', 'bệnh viện', 'trung tâm y tế', 'sân vận động', 'nhà thi đấu', 'trung tâm văn hóa', 'chợ đầu mối', 'kho',
  'hồ chứa', 'công trình', 'dự án', 'trụ sở',
] as const;
/**
 * Words between a facility's owner and the unit that locate the facility ("… huyện tại xã X", "… huyện đặt tại xã X", "… tỉnh
 * nằm trên địa bàn xã X"): an optional verb of lying or being built, then a locative.
 */
export const FACILITY_SITE_VERBS = ['đặt', 'nằm', 'xây dựng', 'đóng', 'đầu tư xây dựng'] as const;
/**
 * Words in a bracket or an apposition right after a unit's name that make it the issuer's partner in a joint or twinned action
 * ("Công an phường X (tuần tra liên phường)", "xã Y (xã kết nghĩa)", "xã Z, đơn vị phối hợp"): the named unit acts with the
 * issuer, its name is no slip for the issuer's.
 */
export const PARTNER_AFTER_WORDS = ['kết nghĩa', 'liên xã', 'liên phường', 'liên huyện', 'liên quận', 'phối hợp', 'hợp tác', 'giáp ranh'] as const;
/**
 * Words right before a place's name that make it a landmark another place is told by ("Dự án Đường tránh phía Tây thị trấn
 * X", "khu dân cư phía Bắc huyện Y", "tuyến tránh thị trấn Z"): a side of the unit or a road around it, so the named unit is
 * where the thing lies beside, a reference point, not whose facts the clause reports.
 */
export const LANDMARK_WORDS = [
  'phía Đông', 'phía Tây', 'phía Nam', 'phía Bắc', 'phía Đông Bắc', 'phía Đông Nam', 'phía Tây Bắc', 'phía Tây Nam',
  'đường tránh', 'tuyến tránh', 'đường vành đai', 'tuyến vành đai',
] as const;
/** Words right after a unit's name that make it a former unit ("xã Tân An (cũ)", "xã Tân An trước đây"), as merged into today's. */
export const FORMER_UNIT_WORDS = ['cũ', 'trước đây', 'trước sáp nhập', 'trước khi sáp nhập', 'trước sắp xếp', 'trước khi sắp xếp'] as const;
/**
 * Words of merging units into one ("trên cơ sở sắp xếp 03 xã: A, B và C", "sáp nhập xã A vào xã B", "hợp nhất … của các xã A,
 * B"): the units named right after are the issuer's own former parts. "nhập" alone is too common ("thu nhập", "nhập khẩu").
 */
export const MERGER_WORDS = ['sáp nhập', 'hợp nhất', 'sắp xếp', 'trên cơ sở nhập'] as const;
/**
 * Words of the area an issuer is responsible for ("Đội Quản lý thị trường số 3 (phụ trách địa bàn huyện A và huyện B)"): two
 * or more units named right after are all the issuer's own area, wherever the report names them.
 */
export const COVERED_AREA_WORDS = ['phụ trách địa bàn', 'địa bàn phụ trách', 'quản lý địa bàn', 'địa bàn quản lý', 'phụ trách', 'quản lý'] as const;
/**
 * Words naming a regional body after the units it serves ("Chi cục Thuế khu vực A – B"): when that body is the issuer (its
 * header line in capitals, or its name right before "báo cáo"), every unit named after the word is its own area.
 */
export const REGION_WORDS = ['khu vực', 'liên huyện', 'liên xã'] as const;
/** Joiners between the units a regional body is named after ("khu vực A – B", "khu vực A - B", "khu vực A, B và C"). */
export const REGION_NAME_JOINERS = ['–', '—', '-', ',', 'và'] as const;
/**
 * Words of the area a report says it reports on, in the sentence of its author's "báo cáo" ("… báo cáo kết quả … trên địa bàn
 * 02 (hai) huyện A và B như sau"): two or more units named right after are the issuer's own area.
 */
export const REPORTED_AREA_WORDS = ['trên địa bàn', 'địa bàn'] as const;
/** Words after a merged unit that name the unit it went into or with ("sáp nhập xã A vào xã B", "… thành xã C"). */
export const MERGER_TARGET_WORDS = ['vào', 'với', 'thành'] as const;
/** The word that joins the last name of a list of units ("xã A, B và C"). */
export const NAME_LIST_JOINERS = ['và'] as const;
/**
 * Joiners between two units named in one comparison ("cao hơn huyện X và (của) xã Y", "thấp hơn xã A hoặc xã B"): the
 * unit after the joiner is compared with as the one before it is.
 */
export const YARDSTICK_JOINERS = ['và', 'hoặc', 'cũng như'] as const;
/**
 * Adjectives right after a unit's name, with no comma between, that make it a neighbour of the issuer ("huyện X lân cận có
 * 52 km đê", "xã Y giáp ranh"): the named unit is someone else's place, named for comparison.
 */
export const NEIGHBOUR_ADJECTIVES = ['lân cận', 'láng giềng', 'giáp ranh', 'liền kề', 'kế cận', 'kế bên', 'bên cạnh'] as const;
/**
 * Words that open a list of the places bordering an area ("Địa bàn giáp ranh Vườn quốc gia Pù Mát và xã Yên Na", "tiếp giáp
 * với thị xã A, huyện B"): every unit named in the list after them is a neighbour, geography, not whose facts the clause reports.
 */
export const NEIGHBOUR_LIST_CUES = ['giáp ranh', 'giáp giới', 'giáp với', 'tiếp giáp', 'liền kề', 'kề liền', 'kế cận'] as const;
/** The sides of a compass that, before "giáp", open a border's list ("phía Bắc giáp huyện A", "Tây Nam giáp xã B"). */
export const COMPASS_SIDES = ['Đông Bắc', 'Đông Nam', 'Tây Bắc', 'Tây Nam', 'Đông', 'Tây', 'Nam', 'Bắc'] as const;
/** The verb of bordering after a compass side ("phía Bắc giáp …"). */
export const SIDE_BORDER_VERBS = ['giáp'] as const;
/** A word that may follow a border cue before the list ("giáp ranh với …", "tiếp giáp với …"). */
export const NEIGHBOUR_CUE_TAILS = ['với'] as const;
/**
 * Words before "hai"/"02"/"các" and a level word that make a sentence about a relation of two units ("theo thỏa thuận giữa
 * hai xã", "ranh giới giữa 02 huyện"): a unit the sentence names is a party to it, not a slip for the issuer.
 */
export const BETWEEN_UNITS_WORDS = ['giữa'] as const;
/**
 * Words of a fellow unit ("đơn vị bạn xã X", "các xã bạn", "huyện X (địa phương bạn)"): before or right after a place's
 * name they make it a neighbour or a peer beside the issuer, whose results are its own, not the issuer's.
 */
export const FELLOW_UNIT_WORDS = ['đơn vị bạn', 'địa phương bạn', 'lực lượng bạn', 'xã bạn', 'phường bạn', 'thị trấn bạn', 'huyện bạn', 'quận bạn', 'thị xã bạn', 'thành phố bạn', 'tỉnh bạn', 'cụm bạn'] as const;
/**
 * Words opening a bracket right after a unit's name that describe the unit to the reader ("huyện X (địa phương dẫn đầu
 * tỉnh)", "xã Y (đơn vị có tỷ lệ cao nhất)", "xã Z (cùng huyện)"): a unit introduced so is another one named for comparison, as the report
 * never introduces its own unit.
 */
export const UNIT_DESCRIPTION_WORDS = ['địa phương', 'đơn vị', 'nơi', 'cùng huyện', 'cùng quận', 'cùng thị xã', 'cùng thành phố', 'cùng tỉnh', 'cùng cụm', 'cùng khối'] as const;
/**
 * A word right after a district's or province's level word that names its youth union, not a place: "Huyện Đoàn Kim Bảng",
 * "Tỉnh Đoàn Hà Nam" (the union of huyện Kim Bảng, of tỉnh Hà Nam), "Quận đoàn" alone names no place.
 */
export const UNION_AFTER_LEVEL_WORDS = ['Đoàn'] as const;
/**
 * Words inside brackets before a place's name that give where a named establishment lies ("Khu công nghiệp Nam Cấm (thuộc
 * huyện X)", "Nhà máy Z (tại xã Y)"); a bare name in those brackets does the same.
 */
export const LOCATED_IN_WORDS = ['thuộc', 'tại', 'ở', 'địa bàn', 'trên địa bàn', 'thuộc địa bàn'] as const;
/** Commune-level units, the members a district owns ("15 xã, thị trấn thuộc huyện X"). */
export const COMMUNE_LEVEL_WORDS = ['xã', 'phường', 'thị trấn'] as const;
/**
 * Words after a count that make it the count of all a district's commune-level units ("Huyện X có 21 (hai mươi mốt) đơn vị
 * hành chính cấp xã"): a listing of that many names is the district's complete list of members.
 */
export const COMMUNE_UNIT_WHOLE_WORDS = ['đơn vị hành chính cấp xã'] as const;
/** Words that open the listing of a district's communes after their whole count ("… cấp xã, gồm thị trấn A và 15 xã: …"). */
export const MEMBER_ROSTER_LEADS = ['gồm', 'bao gồm'] as const;
/** Words making the units before them members of the unit after ("các xã thuộc huyện X", "trực thuộc"). */
export const BELONGING_WORDS = ['thuộc', 'trực thuộc'] as const;
/** Words before a place's name that make it a partner or a place visited ("phối hợp với xã X", "tham quan mô hình tại xã Y"). */
export const PARTNER_WORDS = ['phối hợp', 'cùng với', 'chung với', 'cùng', 'kết nghĩa', 'liên kết', 'giao lưu', 'tham quan', 'học tập', 'học hỏi', 'thăm', 'trao đổi kinh nghiệm', 'chia sẻ kinh nghiệm', 'làm việc với', 'hợp tác với', 'tiếp đoàn', 'đón đoàn'] as const;
/**
 * Partner words that may stand far before their partner, which "với" then introduces ("Công tác phối hợp giữa Trạm Y tế với
 * trường mầm non, các đoàn thể và với Trạm Y tế xã X"): not "cùng" alone, as "cùng kỳ" is a period, not a partnership.
 */
export const FAR_PARTNER_WORDS = PARTNER_WORDS.filter((w) => w !== 'cùng');
/** The word that introduces a partner after a partner word, however far ("phối hợp … với UBND xã X"). */
export const PARTNER_OBJECT_WORDS = ['với'] as const;
/** Nouns of a visiting group ("đoàn cán bộ y tế xã X", "Đoàn công tác của huyện Y", "đại diện UBND xã X đến học tập"). */
export const DELEGATION_WORDS = ['đoàn', 'đại diện'] as const;
/** Verbs of coming to the issuer, right after a visiting group's unit ("… xã X đến học tập", "… về thăm"). */
export const COMING_VERBS = ['đến', 'tới', 'về', 'sang'] as const;
/** The word before a place people came from, a verb of coming after its name ("giáo dân từ xã X sang dự"). */
export const ORIGIN_WORDS = ['từ'] as const;
/**
 * What a visiting group came for, right after its verb of coming: a partner's deed or an inspection ("đến học tập kinh
 * nghiệm", "về thăm và tặng quà", "đến làm việc", "sang kiểm tra"); a cut-off ("đến nay", "đến ngày") is none of them.
 */
export const VISIT_PURPOSE_WORDS = [...PARTNER_WORDS, 'làm việc', 'kiểm tra', 'khảo sát', 'giám sát', 'chúc mừng', 'thăm hỏi', 'tặng quà', 'dự', 'hỗ trợ', 'hướng dẫn', 'tuyên truyền'] as const;
/**
 * Words of moving a person to another unit's staff ("điều động 01 công chức sang công tác tại xã X", "luân chuyển về huyện Y"):
 * the named unit is where the person goes, not whose facts the clause reports.
 */
export const TRANSFER_WORDS = ['điều động', 'luân chuyển', 'biệt phái', 'chuyển công tác', 'sang công tác', 'về công tác', 'nhận công tác'] as const;
/**
 * Words of inviting a unit's people as guests ("mời lãnh đạo UBND xã X dự, học tập kinh nghiệm"): the named unit attends the
 * issuer's event, whose facts are still the issuer's own.
 */
export const INVITE_WORDS = ['mời'] as const;
/**
 * Verbs of sending a count of the issuer's people out ("cử 12 dân quân … tại xã X", "cắt cử 03 cán bộ … về xã Y"): the unit
 * named later in the clause is where they went, not whose facts the clause reports. Read only before a count.
 */
export const DISPATCH_VERBS = ['cử', 'cắt cử'] as const;
/** Words between a verb of giving and the unit that receives ("hỗ trợ cho UBND xã X", "cho bà con xã Y"). */
export const RECEIVER_WORDS = ['cho', 'với', 'UBND', 'Ủy ban nhân dân', 'Uỷ ban nhân dân', 'nhân dân', 'người dân', 'bà con', 'đồng bào', 'đội', 'đội bóng', 'đội tuyển', 'đoàn'] as const;
/** Words that put a name in a relation (place, comparison, owner) rather than make it the actor of its clause. */
export const RELATION_WORDS = ['của', 'do', 'với', 'tại', 'ở', 'cho', 'đến', 'tới', 'về', 'so', 'như', 'hoặc', 'thuộc', 'giáp', 'cùng', 'từ', 'sau', 'trước', 'trên', 'trong', 'ngoài', 'bằng', 'theo', 'gồm', 'các', 'những', 'nhiều', 'hơn', 'thứ'] as const;
/**
 * Verbs right after "<noun phrase> của huyện X" that make the owned noun phrase the subject of its clause, so the unit is
 * whose facts they are: "đội tuyển học sinh giỏi của huyện X được xếp …", "doanh thu của xã Y đạt …".
 */
export const OWNED_SUBJECT_VERBS = ['được', 'đã', 'đạt', 'tiếp tục', 'luôn', 'đứng', 'xếp'] as const;
/**
 * Adverbs of degree or aspect between a subject framed by an area and its verb ("các công trình … trên địa bàn huyện X cơ
 * bản đáp ứng …", "… đều hoạt động …"): they leave the noun phrase before the area the clause's subject.
 */
export const SUBJECT_VERB_ADVERBS = ['cơ bản', 'về cơ bản', 'đều', 'cũng', 'vẫn', 'đang', 'đã', 'luôn', 'tiếp tục', 'thường xuyên', 'ổn định', 'chủ yếu'] as const;
/**
 * Verbs of a state or a result that, after "<noun phrase> trên địa bàn <unit>", make that phrase the clause's subject, as
 * OWNED_SUBJECT_VERBS do ("hệ thống đài truyền thanh trên địa bàn huyện X hoạt động ổn định"); "nhận" a duty taken on
 * ("các cơ quan, đơn vị trên địa bàn huyện X nhận phụng dưỡng …").
 */
export const AREA_SUBJECT_VERBS = [...OWNED_SUBJECT_VERBS, 'nhận', 'đáp ứng', 'hoạt động', 'vận hành', 'phát huy', 'hoàn thành', 'bảo đảm', 'đảm bảo', 'bám sát', 'chuyển biến', 'ổn định', ...haveChange()] as const;
/**
 * A change the subject "has" ("có chuyển biến", "có nhiều chuyển biến", "có bước tiến bộ"): "có", at most one word counting or
 * framing the change, and the change noun; a state of the subject as "chuyển biến" alone is.
 */
function haveChange(): string[] {
  const nouns = ['chuyển biến', 'tiến bộ', 'khởi sắc'];
  const counts = ['nhiều', 'những', 'bước', 'sự', 'một số'];
  return nouns.flatMap((n) => [`có ${n}`, ...counts.map((c) => `có ${c} ${n}`)]);
}
/**
 * A copula right after a count's noun phrase that names which of them are meant ("58 trẻ sinh ra là con thứ 3 trở lên",
 * "12 người là đảng viên"): the count is of that subgroup, as after a verb (PREDICATE_MARKERS).
 */
export const SUBGROUP_COPULAS = ['là'] as const;
/** Words after such a copula that give a cause or a judgement, no subgroup ("… là do", "… là cao", "… là một trong"). */
export const COPULA_NON_MEMBERS = ['do', 'vì', 'nhờ', 'bởi', 'tại', 'một', 'những', 'mức', 'số', 'con số', 'tỷ lệ', 'tỉ lệ', 'cao', 'thấp', 'nhiều', 'ít', 'bằng', 'tăng', 'giảm', 'đạt', 'khá', 'rất', 'chưa', 'không', 'đúng', 'phù hợp', 'chủ yếu', 'gần', 'khoảng', 'trên', 'dưới', 'hơn'] as const;
/** Words of degree before a state after "<noun phrase> trên địa bàn <unit>" ("tình hình … tương đối ổn định"). */
export const STATE_DEGREE_ADVERBS = ['tương đối', 'khá', 'rất', 'cơ bản', 'về cơ bản', 'nhìn chung'] as const;
/** A copula that, followed by a figure, states the owned subject's value ("Tổng số văn bản … của huyện X là 21.604 văn bản"). */
export const VALUE_COPULAS = ['là'] as const;
/**
 * Collective nouns opening a copula's subject that only frame the persons it names ("Lực lượng lao động làm nghề … là 2.860
 * người", "Đội ngũ giáo viên … là 186 người"): the count is of those persons, the frame adds nothing to which ones.
 */
export const PERSON_BODY_WORDS = ['lực lượng', 'đội ngũ'] as const;
/** Words between an item singled out by "riêng" and its value ("Riêng thu chuyển nguồn … là 42.638", "… đạt 12"). */
export const SINGLED_VALUE_WORDS = ['là', 'đạt'] as const;
/** Words naming the group a claim's items are of ("các khoản thu từ thuế, phí", "các xã thuộc vùng khó khăn"). */
export const GROUP_OF_WORDS = ['từ', 'thuộc'] as const;
/** Words naming the topic a claim's items are about ("các chỉ tiêu về nước sạch", "các chỉ tiêu trong lĩnh vực y tế"). */
export const TOPIC_OF_WORDS = ['về', 'trong lĩnh vực', 'thuộc lĩnh vực'] as const;
/**
 * Verbs of finding that open a clause of their own after them ("Kết quả trên cho thấy điều kiện … đã được cải thiện"): what
 * follows has its own subject, whatever the words before them.
 */
export const FINDING_VERBS = ['cho thấy', 'chứng tỏ'] as const;
/**
 * Verbs that, opening a sentence with no subject and followed by a count ("Tổ chức 26 đợt …", "Thực hiện 14 cuộc …"), tell a
 * deed of the report's own unit, its actor left out as the issuer is.
 */
export const OWN_DEED_OPENERS = ['tổ chức', 'thực hiện', 'tiến hành', 'triển khai'] as const;
/**
 * Words that, between a clause's opening day and its verb ("…, ngày 05/4/2025 của UBND xã về tổ chức …"), make the day a
 * paper's or a plan's, not the day the subject did the deed.
 */
export const DAY_DEED_SUBJECT_BREAKS = ['của', 'về', 'theo', 'số', 'sẽ', 'để', 'nhằm', 'dự kiến', 'kế hoạch'] as const;
/**
 * Visitors and the heads counting them, before a verb of coming and a unit ("Tổng lượt khách đến huyện X 9 tháng ước đạt
 * 356.800 lượt", "Số lượt du khách về xã Y đạt …"): the visits are counted at the unit, so the measure is that unit's own.
 */
export const VISITOR_NOUNS = ['khách', 'du khách', 'khách du lịch', 'khách tham quan'] as const;
export const VISIT_COUNT_HEADS = ['tổng số lượt', 'tổng lượt', 'số lượt', 'lượt', 'tổng số', 'số'] as const;
/** Words before a unit's name that make it the whole area the clause speaks of ("Toàn xã", "Trên địa bàn xã"). */
export const WHOLE_AREA_WORDS = ['toàn', 'địa bàn', 'trên địa bàn'] as const;
/**
 * Locatives that, opening a sentence and closed by a comma after the name, set the place of every fact after it:
 * "Tại huyện X, 42 phòng học tạm …", "Ở xã Y, tỷ lệ …" (the unit is the clause's subject in all but grammar).
 */
export const LOCATIVE_OPENERS = ['tại', 'ở'] as const;
/**
 * Words opening a sentence that announce its facts as given for comparison ("Để so sánh, huyện X cùng kỳ có 152 doanh
 * nghiệp …", "Để tham khảo, xã Y đạt 85%"): every unit the sentence names is a yardstick, not the report's own unit.
 */
export const COMPARISON_OPENERS = ['để so sánh', 'để đối chiếu', 'để tham chiếu', 'để tham khảo', 'nhằm so sánh'] as const;
/**
 * Pairs of words written with a comma inside one term ("công tác bảo đảm an ninh, trật tự", "Ban Chỉ huy Phòng, chống
 * thiên tai …"): the comma joins the pair, it does not end the clause, so the name after the term keeps its subject.
 */
export const COMMA_COMPOUNDS = [
  'phòng, chống', 'an ninh, trật tự', 'quốc phòng, an ninh', 'tìm kiếm, cứu nạn', 'cứu hộ, cứu nạn', 'kinh tế, xã hội', 'văn hóa, xã hội',
  'sản xuất, kinh doanh', 'thu, chi', 'đào tạo, bồi dưỡng', 'chăm sóc, giáo dục', 'bảo vệ, chăm sóc', 'xuất, nhập khẩu', 'cơ quan, đơn vị',
] as const;
/**
 * Nouns of shortcomings written as a comma-joined pair ("Còn 04 khó khăn, vướng mắc: (1) …"): as a count's noun the pair is
 * one description before the names it announces. Not COMMA_COMPOUNDS: "tồn tại" holds "tại", a relation word of places.
 */
export const PAIRED_COUNT_NOUNS = ['khó khăn, vướng mắc', 'tồn tại, hạn chế', 'hạn chế, tồn tại', 'tồn tại, vướng mắc', 'hạn chế, bất cập'] as const;
/**
 * Words of a period right after a place's name, before the clause's verb ("… trên địa bàn huyện X trong 6 tháng đầu năm 2024
 * đạt …", "… năm 2024 đã …"): the period the facts are dated by, with its digits, leaves the name the owner of the subject.
 */
export const PERIOD_AFTER_NAME_WORDS = ['trong', 'tính đến', 'đến', 'tháng', 'năm', 'quý', 'kỳ', 'đầu', 'cuối', 'giữa', 'qua', 'vừa qua', 'này', 'học'] as const;
/** Time adverbs that may open a clause before its subject ("đến nay huyện X đã có …", "Hiện nay xã Y có …"). */
export const TIME_OPENER_WORDS = ['đến nay', 'tới nay', 'hiện nay', 'hiện tại', 'tính đến nay', 'đến thời điểm này', 'trong kỳ', 'trong năm', 'năm qua'] as const;
/** Words closing a subject with its own, current period ("Số nhà bị sập đổ năm nay …", "… trong kỳ"): they name no other quantity. */
export const CURRENT_PERIOD_WORDS = ['năm nay', 'kỳ này', 'trong kỳ', 'trong năm', 'năm qua'] as const;
/**
 * Words after a bare period noun that make it another period than the report's ("trong quý trước", "trong năm tới"):
 * without one, "Trong quý ghi nhận …" of a quarterly report speaks of its own quarter ("năm học" is a school year).
 */
export const OTHER_PERIOD_TAILS = ['trước', 'tới', 'sau', 'ngoái', 'tiếp theo', 'kế tiếp', 'liền kề', 'cùng kỳ', 'học'] as const;
/** The word before the report's own period named by its label's opening words ("Trong 6 tháng, …" of "6 tháng đầu năm 2025"). */
export const PERIOD_LABEL_LEADS = ['trong'] as const;

// ——— the report's own unit, other times ———

/** Words after "của" that name the reporting unit itself ("của xã", "của UBND huyện"), nothing narrower. */
export const OWN_UNIT_WORDS = ['xã', 'phường', 'thị', 'quận', 'huyện', 'ubnd', 'ủy', 'uỷ', 'thành', 'tỉnh'] as const;
/** Words of a column or a table title of another time or of a running total ("Cùng kỳ", "So sánh", "Lũy kế"). */
export const OTHER_TIME_WORDS = ['cùng kỳ', 'năm trước', 'kỳ trước', 'so sánh', 'so với', 'lũy kế', 'tính đến', 'từ đầu'] as const;
/** Frame words of a share's name: "Số trẻ … ra lớp 426/431, tỉ lệ …" and "trẻ … ra lớp 428/431" name one share. */
export const SHARE_FRAME_WORDS = ['số', 'tỷ lệ', 'tỉ lệ'] as const;
/** Words of a state at the start of the period, before the report's latest one: "đầu năm học (379 trẻ được cân đo; …)". */
export const OPENING_STATE_WORDS = ['đầu năm', 'đầu kỳ', 'đầu vụ', 'trước đó', 'ban đầu'] as const;
/** Words that join a figure to the figure before it in one phrase ("612 ca phẫu thuật và 4.186 ca thủ thuật"). */
export const AND_WITH_WORDS = ['và', 'với'] as const;
/** Words that make one name of two things ("trường tiểu học và trung học cơ sở", "hộ nghèo hoặc cận nghèo"): it counts their union. */
export const AND_OR_WORDS = ['và', 'hoặc'] as const;
/**
 * Words that may open the three words read before a figure without being its verb: the joiner of a second action ("… và
 * trình cấp 46 giấy phép") or the report's unit acting ("phường đã cấp 48 giấy phép"). "cấp" is the action of both.
 */
export const VERB_LEAD_WORDS = [...AND_OR_WORDS, 'xã', 'phường', 'thị trấn', 'huyện', 'quận', 'thị xã', 'UBND'] as const;
/**
 * Verbs after which "mới" is the adverb "only, so far" ("mới đạt 56 ca", "mới giải ngân 75,4 tỷ đồng"), not the adjective
 * "new" ("56 ca mới", "thành lập mới"): the count is the same quantity, reported as short of what was wanted.
 */
export const MERELY_VERBS = ['đạt', 'chỉ', 'giải ngân', 'hoàn thành'] as const;
/** Particles after a verb saying its action reached the object that follows ("kiên cố hóa được 12,4 km kênh"): the verb still acts. */
export const REACHED_PARTICLES = ['được'] as const;
/** Aspect words before a verb ("đã đăng tải" = "đăng tải"). */
export const ASPECT_WORDS = ['đã', 'đang', 'được', 'sẽ', 'cũng', 'đều', 'vẫn'] as const;
/** Words that say how often a state recurs ("hưởng trợ cấp hằng tháng"): they narrow no count of those in that state. */
export const RECURRENCE_WORDS = ['hằng tháng', 'hàng tháng', 'hằng năm', 'hàng năm', 'hằng quý', 'hàng quý'] as const;
/** Words that mark a value as estimated ("ước đạt 4 286,5 tỷ đồng"): the quantity is the same one. */
export const ESTIMATE_WORDS = ['ước'] as const;
/** Verbs that only say an action goes on ("duy trì tiếp công dân" = "tiếp công dân"): they narrow no count. */
export const CONTINUATION_WORDS = ['duy trì', 'tiếp tục', 'thường xuyên'] as const;
/**
 * Words that keep a group as it is ("Duy trì hoạt động của 14 tổ … với 96 thành viên" among the tasks ahead): the group's
 * make-up told there is the one there is now, no target. Not "tiếp tục", which also leads a change ("tiếp tục phát triển").
 */
export const KEPT_AS_IS_WORDS = ['duy trì'] as const;
/**
 * A word of registering right before the act it records ("doanh nghiệp đăng ký thành lập mới", "đăng ký kết hôn"): the act
 * counted is the same with it or without it ("doanh nghiệp thành lập mới"). Only before these acts: "hộ đăng ký thoát
 * nghèo" (a pledge) is no household out of poverty.
 */
export const REGISTERING_WORDS = ['đăng ký'] as const;
export const REGISTERED_ACTS = ['thành lập', 'kết hôn', 'khai sinh', 'khai tử'] as const;

// ——— table rows ———

/** Words of a row that is a rate or an average, never an amount to add ("Tỷ lệ …", "Năng suất bình quân"). */
export const RATE_ROW_WORDS = ['tỷ lệ', 'tỉ lệ', 'tỷ trọng', 'tỉ trọng', 'bình quân', 'trung bình', 'năng suất'] as const;
/**
 * Words opening a row that compares its column's result with the plan ("So với KH", "So sánh với dự toán", "Đạt so với
 * kế hoạch"): a rate of fulfilment in each column, never an amount. A change word before them ("Tăng, giảm so với dự
 * toán") makes a difference instead, which these, as openers, never match.
 */
export const RATE_ROW_COMPARE_LEADS = ['đạt so với', 'so với', 'so sánh với', 'so sánh'] as const;
/** Units of mass in order, each with its weight in kilograms: "tạ/ha" × ha is tạ, written in "tấn" a tenth of it. */
export const MASS_UNIT_KG = [['kg', 1], ['yến', 10], ['tạ', 100], ['tấn', 1000]] as const;
/** Denominators of a per-unit row ("tạ/ha", "đồng/người", "học sinh/lớp"). */
export const PER_UNIT_WORDS = ['ha', 'người', 'hộ', 'lớp'] as const;
/**
 * Spans of time of two words a rate is per ("1.200 m³/ngày đêm", "ngày.đêm", "ngày-đêm"): the second word belongs to the
 * unit, which is not per day alone.
 */
export const PER_TIME_COMPOUNDS = ['ngày đêm'] as const;
/** Units that all count pieces of equipment or things, so may be added together ("Bộ" máy tính + "Chiếc" máy in). */
export const PIECE_UNITS = ['cái', 'chiếc', 'bộ', 'máy', 'con', 'quyển', 'cuốn', 'thiết bị'] as const;
/** Words opening a row whose members are only some of the whole ("Trong đó", "Riêng", "Ngoài ra"). */
export const SOME_OF_WORDS = ['trong đó', 'riêng', 'bao gồm cả', 'ngoài ra'] as const;
/**
 * Words opening a member row that names a property some of its group's things have, not a kind of them ("- Được khám sức
 * khỏe định kỳ", "1.2 Có bếp ăn bán trú", "a) Đã giải quyết"): such members overlap, so their sum may pass the group's.
 */
export const PROPERTY_ROW_LEADS = ['được', 'có', 'đạt', 'đã', 'bị'] as const;

// ——— comparison claims (extract/comparisons.ts) ———

/** Words before a number that make it approximate or only a bound ("hơn", "tới", "hàng", "chừng"): a claim on it is not read. */
export const APPROXIMATE_WORDS = [...HEDGES, 'dưới', 'tới', 'đến', 'hàng', 'chừng'] as const;
/** Negations opening a claim ("chưa đạt", "không đạt"): the claim is that the value missed. */
export const NEGATION_WORDS = ['chưa', 'không'] as const;
/** Words before a count of what is left ("còn 08 cơ sở chưa được kiểm tra"): after a claim of all, what the claim left out. */
export const STILL_LEFT_WORDS = ['còn', 'vẫn còn', 'còn lại'] as const;
/** Verbs that close a case ("giải quyết", "trả lời"): "Tất cả 05 đơn đã được giải quyết" is contradicted by a count left still in hand. */
export const CLOSING_VERBS = ['giải quyết', 'trả lời', 'xử lý', 'hoàn thành'] as const;
/** Words after a counted noun that say it is still in hand ("còn 01 đơn … đang được xác minh", "tiếp tục xác minh"): not yet done. */
export const PENDING_WORDS = ['đang', 'tiếp tục'] as const;
/** Words linking a counted noun to its state ("có", "đã", "được", "đều", "bị"): not the state itself when two statements are compared. */
export const STATE_LINK_WORDS = ['có', 'đã', 'được', 'đều', 'đã được', 'vẫn', 'bị'] as const;
/** Words claiming none of a thing ("không có trường hợp …", "không có hộ nào …"); "nào" after the noun. */
export const NONE_WORDS = ['không có', 'không phát sinh', 'không xảy ra', 'không ghi nhận', 'chưa ghi nhận', 'không phát hiện', 'chưa phát hiện'] as const;
/** Claims of none by detection ("không phát hiện trường hợp nào …"): a claim of none only with "nào"; without it ("không phát
 * hiện trường hợp trẻ em bị xâm hại …") it tells what one check did not find, too narrow a scope to hold against a count. */
export const DETECTION_NONE_WORDS = ['không phát hiện', 'chưa phát hiện'] as const;
/**
 * A negation fixed inside a state's name ("xả nước thải chưa qua xử lý", "khoáng sản không rõ nguồn gốc"): an adjective of
 * the thing, no negation of the claim of none it stands in.
 */
export const NEGATED_STATE_WORDS = ['chưa qua xử lý', 'không qua xử lý', 'không rõ nguồn gốc', 'không rõ xuất xứ', 'không đúng quy định', 'không phép'] as const;
/** Nouns of one incident, each naming the same thing ("vụ", "vụ việc", "trường hợp" vi phạm): a claim of none of one is contradicted by a count of another. */
export const INCIDENT_NOUNS = ['vụ việc', 'vụ', 'trường hợp'] as const;
export const ANY_WORDS = ['nào'] as const;
/** Words of duty between a claim of none's noun and its deed ("không có trường hợp nào phải xử phạt …"): no part of the deed. */
export const DUTY_WORDS = ['phải', 'cần', 'bắt buộc phải'] as const;
/**
 * Verbs after a part's noun that say it did what was due, naming no deed of their own ("… thuộc diện phải sử dụng hóa đơn
 * điện tử; đến nay đã có 128 hộ thực hiện, đạt 85,3%"): the deed is the duty's of the count said to be due in that sentence.
 */
export const DUTY_DONE_VERBS = ['thực hiện', 'hoàn thành', 'chấp hành', 'tham gia'] as const;
/** Nouns counting the times a deed was done ("tổ chức 01 cuộc cưỡng chế", "02 lần kiểm tra"): a count of them counts the deed, as an incident noun does. */
export const DEED_TIME_NOUNS = ['cuộc', 'lần', 'đợt'] as const;
/**
 * Verbs opening the clause a sentence goes on with after a list of names and a comma, holding a number ("Tổ 3, Tổ 7, Tổ 12,
 * thu hút 285 lượt người tham dự"), besides CLAUSE_OPENING_WORDS: what the events listed drew or raised, never a name.
 */
export const AFTER_NAMES_CLAUSE_WORDS = ['thu hút', 'thu về', 'huy động'] as const;
/**
 * Words opening, after a list's last item and a comma, a clause that is never one more item, number or not: what the things
 * listed hold or drew ("…, với tổng quy mô 62 ha", "…, thu hút 146 hộ tham gia"), what they are for ("…, nhằm nâng cao …",
 * "…, để …", "…, góp phần …"), or a part of them ("…, trong đó …"). The list ends at that comma.
 */
export const LIST_CLOSING_CLAUSE_WORDS = ['với', 'nhằm', 'để', 'góp phần', 'thu hút', 'trong đó', 'trong số đó', 'qua đó', 'từ đó'] as const;
/**
 * Words of a name's own description holding a number, no count of the list: a building's storeys ("nhà lớp học 02 tầng
 * Trường Tiểu học A"), a war invalid's grade ("thương binh hạng 1/4 Nguyễn Văn B").
 */
export const NAME_STOREY_WORDS = ['tầng'] as const;
export const NAME_GRADE_WORDS = ['hạng'] as const;
/** Persons announced after a count of people, before the colon of their names ("05 người, là các ông, bà: …"). */
export const PERSONS_ANNOUNCED = ['ông, bà', 'ông bà', 'đồng chí', 'ông', 'bà'] as const;
/** Verbs of a thing coming to be ("xảy ra", "phát sinh"): "không xảy ra <noun>", "không có <noun> nào xảy ra" claim none of it at all. */
export const EXISTENCE_VERBS = ['xảy ra', 'phát sinh', 'xuất hiện'] as const;
/** A word between "không" and an existence verb that keeps the claim one of none ("không để xảy ra cháy rừng"). */
export const NONE_LET_WORDS = ['để'] as const;
/** Words right before a count that make it a change or a comparison ("giảm 03 vụ", "so với 02 vụ"), not a count of events. */
export const COUNT_CHANGE_LEADS = [...CHANGE_VERBS, 'hơn', 'so với'] as const;
/** Words opening the scope of a claim of none after its noun ("… trên địa bàn xã", "… đối với người hiến máu"): not the noun. */
export const NONE_SCOPE_WORDS = ['trên địa bàn', 'tại', 'ở', 'đối với', 'trong'] as const;
/** Nouns counting cases of another noun ("07 trường hợp người cao tuổi …"): a count of them is a count of the noun after them. */
export const CASE_NOUNS = ['trường hợp'] as const;
/**
 * Units a table row counts the records of its act in ("Cấp giấy chứng nhận lần đầu | hồ sơ"): one record per thing the act
 * reached, so the row counts what a sentence counts of that act on that noun ("cấp 123 giấy chứng nhận lần đầu").
 */
export const ACT_RECORD_UNITS = ['hồ sơ', 'trường hợp'] as const;
/** Units counting cases of a disease in a health report ("61 ca", "12 ca bệnh"): among patients counted, one case a patient. */
export const DISEASE_CASE_UNITS = ['ca', 'ca bệnh'] as const;
/**
 * Markers of an adverse state a count suffered ("07 hồ sơ chứng thực, hộ tịch bị trễ hạn"): after one, a claim of none's
 * whole state ("không có hồ sơ trễ hạn", two syllables at least) repeated word for word is the same state, however the
 * count's noun is described before it.
 */
export const ADVERSE_MARKERS = ['bị'] as const;
/**
 * A claim of none broken ("không có chiến sĩ nào vi phạm kỷ luật"): violation words in the claim's state, and sanction
 * words before a later count of its noun ("xử lý kỷ luật khiển trách 02 chiến sĩ"), the sanction implying the violation.
 */
export const VIOLATION_WORDS = ['vi phạm'] as const;
export const SANCTION_WORDS = ['kỷ luật', 'xử phạt', 'xử lý vi phạm'] as const;
/**
 * A claim that none complained ("không có hộ nào khiếu nại về …") against a count of petitions ("03 đơn khiếu nại của
 * các hộ dân về …"): the petition nouns, and the verbs of a complaint the claim and the petition share.
 */
export const PETITION_NOUNS = ['đơn', 'đơn thư'] as const;
export const COMPLAINT_VERBS = ['khiếu nại', 'tố cáo', 'kiến nghị', 'phản ánh'] as const;
/**
 * States of time a claim of all says ("100% hồ sơ giải quyết đúng hạn", "đúng và trước hạn", "đúng thời hạn") and
 * the contrary states a count of the same noun reports against it ("03 hồ sơ giải quyết trễ hạn", "quá hạn", "chậm").
 */
export const ON_TIME_WORDS = ['đúng hạn', 'trước hạn', 'đúng thời hạn', 'trước thời hạn', 'đúng thời gian'] as const;
/** Words before the names of counted members ("02 địa bàn thuộc Tổ 7 và Tổ 9", "03 trạm tại Khe Sanh"): which ones, not their state. */
export const NAMED_MEMBER_WORDS = ['thuộc', 'tại', 'ở'] as const;
/**
 * Verbs of an office handling a file or petition ("giải quyết", "trả kết quả", "xử lý"): said right before "đúng hạn" or "trễ
 * hạn", each is the office's timeliness, not the citizen's ("nộp trễ hạn", "đăng ký quá hạn").
 */
export const HANDLING_VERBS = ['giải quyết', 'xử lý', 'trả kết quả', 'trả lời', 'thụ lý', 'thẩm định', 'cấp'] as const;
export const LATE_WORDS = ['trễ hạn', 'quá hạn', 'chậm hạn', 'trễ', 'chậm', 'quá thời hạn'] as const;
/**
 * Opposite states a claim of all and a later count of the same noun phrase may say with only this word swapped ("100% dự án
 * sử dụng vốn đúng mục đích" / "04 dự án sử dụng vốn sai mục đích", "đạt chuẩn" / "chưa đạt chuẩn"): each pair's `yes`
 * words, and the `no` words said instead. Longer words first where one opens another.
 */
export const OPPOSITE_STATES: readonly { yes: readonly string[]; no: readonly string[] }[] = [
  { yes: ['đúng'], no: ['sai', 'không đúng', 'chưa đúng'] },
  { yes: ['đạt'], no: ['không đạt', 'chưa đạt'] },
  { yes: ['an toàn'], no: ['không an toàn', 'mất an toàn', 'chưa an toàn'] },
  { yes: ['đầy đủ'], no: ['không đầy đủ', 'chưa đầy đủ', 'thiếu'] },
  { yes: ['hợp lệ'], no: ['không hợp lệ', 'chưa hợp lệ'] },
  { yes: ['hợp vệ sinh'], no: ['không hợp vệ sinh', 'chưa hợp vệ sinh', 'mất vệ sinh'] },
  { yes: ['hợp quy'], no: ['không hợp quy', 'chưa hợp quy'] },
];
/**
 * Light verbs opening a state ("chưa tổ chức họp định kỳ", "duy trì họp định kỳ"): the state is the noun after them, so a
 * claim and a count that differ only in the light verb say one state.
 */
export const LIGHT_VERBS = ['tổ chức', 'duy trì', 'thực hiện', 'tiến hành'] as const;
/**
 * Words opening a time phrase that closes a state ("… chưa họp định kỳ trong tháng 4 và tháng 5/2025", "từ quý II"): a
 * lead word, then a period noun (SUB_PERIOD_WORDS, "năm", "kỳ"). When is not what.
 */
export const TIME_PHRASE_LEADS = ['trong', 'từ', 'đến', 'vào', 'suốt', 'tính đến'] as const;
/** Words between a time phrase's lead and its period noun ("trong các tháng", "suốt cả năm"). */
export const TIME_PHRASE_PLURALS = ['các', 'những', 'cả'] as const;
/** Words joining two nouns a whole counts together ("học sinh và sinh viên"), a comma aside. */
export const NOUN_JOINERS = ['và'] as const;
/** Words naming a part of a report's period ("ngày", "tháng", "quý", "đợt"): a claim of none in a statement naming one is of that part only. */
export const SUB_PERIOD_WORDS = ['ngày', 'tuần', 'tháng', 'quý', 'đợt', 'giai đoạn'] as const;
/** Words hedging a claim of none just before it ("hầu như không có", "gần như không có"). */
export const NONE_HEDGE_TAILS = ['như', 'hầu'] as const;
/** Verbs of a change to a new level ("từ 12 lên 20", "xuống còn 8"), and the words after them ("lên mức", "xuống còn"). */
export const NEW_LEVEL_VERBS = ['lên', 'xuống'] as const;
export const NEW_LEVEL_TAILS = ['mức', 'còn'] as const;
/** The word opening the level a change starts from ("giảm từ 5 ngày xuống còn 3 ngày", "tăng từ 12 lên 20"). */
/**
 * Words of an age written before its range ("thanh niên trong độ tuổi từ 16 đến 30", "lứa tuổi 6 - 14"): the two ends are
 * ages bounding a group, as "16 đến 30 tuổi" with the unit after, no figure.
 */
export const AGE_RANGE_LEADS = ['tuổi'] as const;
/**
 * Words of an age group written before a run of ages ("hội viên ở các độ tuổi 65, 70 và 75", "trẻ em lứa tuổi 3, 4 và 5"): each
 * number is an age naming the group, no figure. "tuổi" alone leads one age or a run too, unless a word of AGE_PHRASE_ENDS
 * stands before it ("người cao tuổi 45, …" may open a count).
 */
export const AGE_RUN_LEADS = ['độ tuổi', 'lứa tuổi', 'nhóm tuổi'] as const;
/**
 * Words before "tuổi" that make it close a phrase naming people ("người cao tuổi 21", "lao động trong độ tuổi 512", "nghỉ hưu
 * trước tuổi 9", "chưa đủ tuổi 41", "quá tuổi 3"): the number after it counts them, it is no age. Without one, "tuổi" heads
 * the age after it ("58 cụ tuổi 70", "bước sang tuổi 60", a row "| Tuổi 95 | 07 |").
 */
export const AGE_PHRASE_ENDS = ['cao', 'trong độ', 'ngoài độ', 'đúng độ', 'trong', 'ngoài', 'đúng', 'trước', 'chưa đủ', 'quá'] as const;
export const CHANGE_FROM_WORDS = ['từ'] as const;
/** Words right after a change verb that hand on to the level reached ("giảm còn 38 hộ"); "mức" alone does not ("giảm mức phí 50%"). */
export const LEVEL_REACHED_WORDS = ['còn'] as const;
/**
 * Verbs raising a named total to the level after "lên" ("nâng tổng số vốn sách lên 3.460 bản", "nâng tổng đàn lên 2.345
 * con"): the figure is the total reached, not the amount added.
 */
export const RAISE_TO_VERBS = ['nâng'] as const;
/**
 * Verbs moving a stock from the level there is now to a target ("Nâng tổng số phòng lưu trú từ 1 680 phòng hiện nay lên 2 000
 * phòng", "giảm số hộ nghèo từ 45 hộ hiện có xuống còn 30 hộ"): the figure after "từ" and PRESENT_STOCK_WORDS is the stock
 * now, the one after NEW_LEVEL_VERBS the target.
 */
export const STOCK_MOVE_VERBS = ['nâng', 'tăng', 'giảm', 'đưa', 'phát triển', 'mở rộng'] as const;
/** Words opening a breakdown ("gồm", "trong đó"): the figures after them are parts, not the values a claim compares. */
export const BREAKDOWN_WORDS = ['gồm', 'trong đó'] as const;
/** Verbs handing a value to the phrase before them ("… đạt 95%", "chiếm 40%", "tương đương 1,2 tỷ"). */
export const HANDING_VERBS = ['đạt', 'chiếm', 'bằng', 'tương đương'] as const;
/** "compared with". */
export const COMPARED_WITH = ['so với'] as const;
/** What an earlier value written right after "so với" is called: "so với con số 56 doanh nghiệp của năm 2024". */
export const COMPARED_FIGURE_LEADS = ['con số', 'mức', 'số lượng', 'số'] as const;
/** A noun naming the size of a change before its verb: "mức tăng đạt 25%", "tốc độ giảm là 8%", "tỷ lệ tăng 12%". */
export const CHANGE_SIZE_NOUNS = ['mức', 'tốc độ', 'tỷ lệ', 'tỉ lệ'] as const;
/**
 * Words that, in the long noun phrase after a count and before ", tăng/giảm so với …" ("phát hiện 57 trường hợp vi phạm trật
 * tự xây dựng, giảm so với năm 2023 (49 trường hợp)"), turn to another subject or clause: the way claimed may then be that
 * subject's, not the count's ("… 40 hồ sơ tiếp nhận trong đó tỷ lệ hồ sơ trễ hạn, giảm so với …").
 */
export const LONG_NOUN_TURN_WORDS = [
  ...CHANGE_VERBS, ...COMPARED_WITH, 'trong đó', 'trong số', 'tỷ lệ', 'tỉ lệ', 'số', 'số lượng', 'tổng số', 'số tiền', 'giá trị', 'kinh phí', 'bình quân',
  'nhưng', 'song', 'tuy nhiên', 'còn', 'riêng', 'đồng thời', 'cùng kỳ', 'năm trước', 'kỳ trước',
] as const;
/**
 * Words that, in the phrase a rate is of ("đạt 53,9% kế hoạch vốn sau điều chỉnh, cao hơn …"), turn to another subject or
 * clause: the comparative after it may then be that subject's, not the rate's. Unlike a count's long noun ("số", "tổng số"
 * name what a rate is of: "96,1% số trẻ trong độ tuổi").
 */
export const RATE_BASE_TURN_WORDS = [
  ...CHANGE_VERBS, ...COMPARED_WITH, 'trong đó', 'trong số', 'tỷ lệ', 'tỉ lệ', 'bình quân', 'và', 'nhưng', 'song', 'tuy nhiên', 'còn', 'riêng',
  'đồng thời', 'trong khi', 'cùng kỳ', 'năm trước', 'kỳ trước',
] as const;
/** Verbs that compare a figure with a plan's amount after them ("vượt kế hoạch 800 ha"): that plan is an amount, no document's number. */
export const PLAN_EXCEEDED_WORDS = ['vượt'] as const;
/** Words naming a count as a claim's subject ("Số hồ sơ", "Tổng số hộ", "Số lượng tài khoản"). */
export const COUNT_WORDS = ['tổng số', 'số lượng', 'số'] as const;
/** Words right after a unit's name that compare it with another unit ("Số lượt khách của huyện X cao hơn huyện Y"). */
export const UNIT_COMPARISON_WORDS = [...HIGHER_WORDS, ...LOWER_WORDS, 'nhiều hơn', 'ít hơn', 'hơn', 'gấp', ...COMPARED_WITH, ...EQUAL_WORDS] as const;
/**
 * Words between a count subject's noun and its verb ("số vụ được kiểm tra", "số hộ đã được hỗ trợ"): the verb is the same
 * one a count names ("kiểm tra 186 vụ").
 */
export const SUBJECT_VOICE_WORDS = ['đã được', 'được', 'bị', 'đã'] as const;
/**
 * Words right before a verb that make it another act than the bare verb ("tái kiểm tra", "chưa kiểm tra", "đang giải quyết"):
 * a count after them is not what "số vụ kiểm tra" counts.
 */
export const VERB_MODIFIER_WORDS = ['tái', 'phúc', 'chưa', 'không', 'đang', 'sẽ', 'dự kiến', 'phấn đấu'] as const;
/** Words that frame a name as a balance, as "số" frames a count ("số dư tồn quỹ" is "tồn quỹ", "số dư tài khoản" a balance). */
export const BALANCE_WORDS = ['số dư'] as const;
/** Words before a date that say up to or on which day a figure stands ("đến ngày 30/6", "tính đến ngày"). */
export const AS_OF_DATE_WORDS = ['tính đến ngày', 'đến ngày', 'tới ngày', 'tại ngày', 'ngày'] as const;
/** Verbs of meeting a criterion ("đạt tiêu chí", "chưa đạt chuẩn"). */
export const MEETS_VERBS = ['đạt', 'chưa đạt', 'không đạt'] as const;
/**
 * Words before a claim of meeting a plan that make it a near miss ("gần đạt chỉ tiêu 98%", "xấp xỉ hoàn thành kế hoạch"):
 * the value is a little short of the target by the claim's own words, so the claim asserts no side of it.
 */
export const NEAR_CLAIM_WORDS = ['gần', 'gần như', 'xấp xỉ', 'suýt', 'tiệm cận'] as const;
/** Verbs claiming a plan passed or missed ("vượt kế hoạch", "hoàn thành vượt mức dự toán", "chưa hoàn thành chỉ tiêu"). */
export const FULFILMENT_VERBS = ['vượt', 'hoàn thành vượt', 'chưa đạt', 'không đạt', 'chưa hoàn thành'] as const;
/** What the plan a rate of fulfilment is read against is called ("kế hoạch", "dự toán", "chỉ tiêu"). */
export const PLAN_RATE_BASES = ['kế hoạch', 'dự toán', 'chỉ tiêu'] as const;
/**
 * Words that tell which stage of a plan a value is ("Kế hoạch sau điều chỉnh", "Kế hoạch giao đầu năm"): an adjusted plan and
 * the one first handed down are two values of one noun phrase, never one stated twice (src/extract/bracketed-plans.ts).
 */
export const ADJUSTED_PLAN_WORDS = ['sau điều chỉnh', 'điều chỉnh', 'bổ sung'] as const;
export const ORIGINAL_PLAN_WORDS = ['giao đầu năm', 'đầu năm', 'ban đầu', 'lần đầu'] as const;
/**
 * Words that frame the name of a planned amount without telling which amount it is ("nguồn vốn ngân sách huyện" is the
 * "ngân sách huyện" of a table row, "dự toán kinh phí …" the "kinh phí …"): left out when two plans' names are compared.
 */
export const PLAN_NAME_FRAME_WORDS = [...PLAN_RATE_BASES, ...ADJUSTED_PLAN_WORDS, ...ORIGINAL_PLAN_WORDS, 'nguồn vốn', 'nguồn', 'vốn', 'tổng số', 'tổng', 'số', 'được giao', 'giao', 'năm'] as const;
/** Words that frame a section's title or a claim's subject without telling what it is about ("Công tác thanh tra"). */
export const SUBJECT_FRAME_WORDS = ['công tác', 'kết quả', 'tình hình', 'việc'] as const;
/** Words before the result a plan stated just before is met by ("Kế hoạch … 15 cuộc; thực tế triển khai 13 cuộc"). */
export const PLAN_RESULT_WORDS = ['thực hiện', 'thực tế', 'triển khai'] as const;
/** The abbreviation of "kế hoạch" ("đạt 95% KH"). */
export const PLAN_ABBREVIATIONS = ['KH'] as const;
/**
 * The plan column headers a plan word claimed is read against: "vượt chỉ tiêu (kế hoạch năm)" is held to a table's
 * "Kế hoạch năm 2024" column as to a "Chỉ tiêu" one; "dự toán" only to its own.
 */
export const PLAN_KIN_HEADERS: Readonly<Record<string, readonly string[]>> = { 'chỉ tiêu': ['chỉ tiêu', 'kế hoạch'] };

// ——— share phrases (extract/shares.ts) ———

/** Words right after a percent that make it a rate of something else than the share ("đạt 95% đúng hạn", "% so với", "% trở lên"); prefixes. */
export const RATE_QUALIFIERS = ['đúng', 'trước', 'quá', 'hạn', 'so với', 'trở lên', 'số'] as const;
/** Words between a count and its percent that name another rate than its share ("đúng hạn", "cùng kỳ", "nghị quyết"). */
export const OTHER_RATE_WORDS = ['đúng hạn', 'trước hạn', 'quá hạn', 'trễ hạn', 'chậm', 'dự toán', 'nghị quyết', 'cùng kỳ', 'năm trước', 'kỳ trước'] as const;
/** Verbs of exceeding or multiplying ("vượt", "gấp"): a percent after them is no share. */
export const EXCEED_WORDS = ['vượt', 'gấp'] as const;
/** Verbs claiming a plan was passed, before the plan word ("hoàn thành vượt kế hoạch", "vượt mức chỉ tiêu"). */
export const PASSED_PLAN_VERBS = ['hoàn thành vượt mức', 'hoàn thành vượt', 'vượt mức', 'vượt'] as const;
/** Words opening the list of members a claim names ("… vượt kế hoạch là A, B và C", "gồm: …"). */
export const MEMBER_LIST_LEADS = ['là', 'gồm'] as const;
/** Connectors that tie a part to the whole stated after it ("38.450 công dân … trên tổng số 52.300 công dân"). */
export const WHOLE_CONNECTORS = ['trên tổng số', 'trong tổng số', 'so với tổng số', 'trên tổng', 'trên'] as const;
/**
 * Words that name the whole a share is taken of, before that whole and its noun ("đạt 11.850 ha trên tổng số 19.460 ha",
 * "trong tổng diện tích 820 ha"): the figure after them is a share's base, never what a later change of the sentence is of.
 */
export const SHARE_BASE_LEADS = ['trên tổng số', 'trong tổng số', 'so với tổng số', 'trên tổng', 'trong tổng', 'so với tổng'] as const;
/** Words right after a percent that name its whole ("chiếm 4,35% tổng số hộ"). */
export const TOTAL_OF_WORDS = ['tổng số', 'trên tổng số', 'so với tổng số'] as const;
/** Words right after a percent that send it to a whole or another base ("tổng", "trên", "của", "so"); prefixes. */
export const BASE_AFTER_WORDS = ['tổng', 'trên', 'của', 'so'] as const;
/**
 * Verbs that go on from a part's counted noun with what it did ("214 tiểu thương có mã QR", "đã kích hoạt"): the
 * percent after them is the share of the part in the whole counted before.
 */
export const COUNT_PREDICATE_VERBS = [
  'đã', 'đang', 'được', 'có', 'sử dụng', 'tham gia', 'thực hiện', 'hoàn thành', 'đăng ký', 'kích hoạt', 'cài đặt', 'nộp', 'kết nối', 'áp dụng',
  'lắp đặt', 'thanh toán', 'tiếp cận',
] as const;
/** Levels of an administrative unit as a whole ("toàn xã", "toàn thị xã"). */
export const UNIT_LEVEL_WORDS = ['xã', 'phường', 'thị trấn', 'huyện', 'quận', 'thị xã', 'tỉnh'] as const;
/** Words that state the whole a unit has ("Toàn xã có 2.134 hộ", "tổng số hộ là"). */
export const HAS_WORDS = ['có', 'là', 'gồm'] as const;
/** The word opening the last step of a selection after a comma ("khám 46 công dân, có 29 công dân đủ tiêu chuẩn"). */
export const FUNNEL_HAS_WORDS = ['có'] as const;
/** Verbs that state a share of a whole ("chiếm 4,35%", "bằng", "tương đương"). */
/**
 * Words before "ngày dd/mm" that make the date a bound or a document's, not the one day an event happened on
 * ("tính đến ngày 30/6", "từ ngày 15/12 đến ngày 14/3", "Công văn số 112/UBND ngày 20/12"; the number is checked apart).
 */
export const NOT_EVENT_DAY_LEADS = ['đến', 'tới', 'từ', 'kể từ', 'tính đến', 'tính từ', 'trước', 'sau', 'hết', 'hạn', 'thời điểm', 'hiệu lực'] as const;
export const SHARE_OF_WHOLE_VERBS = ['chiếm', 'bằng', 'tương đương'] as const;
/**
 * Verbs that hand a percent its share of a whole and nothing else, never a plan's fulfilment nor a comparison: "38.200
 * triệu đồng, chiếm 58,9% tổng kế hoạch" (the whole may be a plan's total; "bằng 132% giá khởi điểm" compares, and is not here).
 */
export const SHARE_HELD_VERBS = ['chiếm'] as const;
/** Words between a share and the total it names after itself: "đạt 65,0 % của tổng vốn", "trên tổng số". */
export const WHOLE_OF_PREPOSITIONS = ['của', 'trên', 'so với'] as const;
/** Words that state a value just before it ("tổng vốn đăng ký là 8 640 tỷ đồng", "đạt", "có"). */
export const STATED_AS_WORDS = ['là', 'đạt', 'có'] as const;
/** Verbs that hand a rate of a plan to the amount before it ("1.850 người, đạt 92,5% kế hoạch"). */
export const PLAN_RATE_VERBS = ['đạt', 'bằng'] as const;
/** Adverbs between a subject and its rate verb that say how far it got, not what it is ("thu phí mới đạt 86% dự toán"). */
export const RATE_VERB_ADVERBS = ['mới', 'chỉ', 'đã', 'cũng', 'chưa'] as const;
/** Who assigned a plan ("kế hoạch tỉnh giao", "chỉ tiêu được giao"). */
export const ASSIGNED_WORDS = ['tỉnh giao', 'huyện giao', 'được giao', 'giao'] as const;
/**
 * Verbs that hand targets down or set them ("UBND huyện giao chỉ tiêu cho xã … như sau:", "Nghị quyết đề ra các mục tiêu:"):
 * a lead-in with one of them and a target word opens a list whose items are all targets.
 */
export const TARGET_SETTING_VERBS = ['giao', 'đề ra', 'phấn đấu', 'đặt ra'] as const;
/** Words of a lead-in that reports results against targets ("Kết quả thực hiện các chỉ tiêu được giao như sau:"): its items are results. */
export const RESULT_LEAD_WORDS = ['kết quả', 'thực hiện', 'thực tế', 'đạt được', 'đã đạt', 'đã hoàn thành'] as const;
/** Words after a plan word that never name what is planned ("kế hoạch vốn giao (…)" does): a comparison, a link, a change, a time. */
export const PLAN_NOUN_STOPS = ['so', 'với', 'năm', 'và', 'của', 'tăng', 'giảm', 'cùng', 'kỳ', 'trước', 'đã', 'đạt', 'vượt', 'còn', 'trong', 'đó'] as const;

/** "in words:" announcing a number spelled out beside its digits ("(Bằng chữ: …)", "(viết bằng chữ: …)"). */
export const IN_WORDS_CUES = ['bằng chữ', 'viết bằng chữ', 'ghi bằng chữ'] as const;

// ——— figure readings (extract/quantities.ts) ———

/**
 * Labels of an assessment paragraph ("- Ưu điểm: …", "- Tồn tại, hạn chế: …"): they say how the figures after them are
 * judged, not whose or of what part they are, so they scope no quantity.
 */
export const ASSESSMENT_HEADS = ['ưu điểm', 'kết quả nổi bật', 'tồn tại', 'hạn chế', 'khó khăn', 'vướng mắc', 'nguyên nhân', 'nhận xét', 'đánh giá chung', 'bài học kinh nghiệm'] as const;
/**
 * Words opening a section title that frames the report's figures (a result, an assessment, a plan) rather than naming an item
 * of a list of items: "1. Kết quả thực hiện" and "2. Đánh giá chung" may restate one count, "a) Bếp ăn tập thể" and "b) Chợ
 * đầu mối" each count their own.
 */
export const FRAME_TITLE_OPENERS = [
  ...ASSESSMENT_HEADS, ...PLAN_SECTION_WORDS, 'mục tiêu', 'dự kiến', 'kết quả', 'tình hình', 'đánh giá', 'thực hiện', 'tổng hợp', 'tổng quan',
  'chung', 'khái quát', 'đặc điểm', 'số liệu', 'phụ lục', 'biểu',
] as const;
/**
 * Titles of a report's shortcomings part ("2. Tồn tại, hạn chế"): a statement there opening with "Vẫn còn 27 trường hợp …"
 * says those still exist (the whole count restated as a failing), not that 27 remain of some larger set.
 */
export const SHORTCOMING_HEADS = ['tồn tại', 'hạn chế', 'khó khăn', 'vướng mắc', 'yếu kém', 'bất cập'] as const;
/**
 * Verbs that, closing a count's noun phrase ("215 doanh nghiệp tham gia", "340 người tham dự"), make it the attendance of
 * an event its sentence names before it (see EVENT_NOUNS); with an object after them ("người tham gia BHYT") they do not.
 */
export const ATTENDANCE_VERBS = ['tham gia', 'tham dự', 'dự thi'] as const;
/** Words that may open the clause of those among the attendees something was done to ("…, có 124 lao động được tuyển dụng"). */
export const ATTENDED_PART_LEADS = ['có', 'trong đó có'] as const;
/**
 * Events held once a period whose headcount a report restates in other words, each under one key: the handover of recruits,
 * told by the ceremony before the count ("hoàn thành giao quân với 45 công dân", "giao nhận quân … 26 tân binh"), by what the
 * people counted did ("24 công dân nhập ngũ", "43 thanh niên lên đường nhập ngũ"), or by the noun counting them ("26 tân
 * binh"), or by the act of the ceremony its sentence named earlier, the act alone before the count ("tổ chức lễ giao nhận
 * quân, giao đủ 215 công dân"). Never "tạm hoãn gọi nhập ngũ 12 công dân": the words before a count are only the ceremony's.
 */
export const HEADCOUNT_EVENTS: ReadonlyArray<{ key: string; before: readonly string[]; after: readonly string[]; nouns: readonly string[]; acts: readonly string[] }> = [
  { key: 'giao quân', before: ['giao quân', 'giao nhận quân'], after: ['nhập ngũ', 'lên đường nhập ngũ'], nouns: ['tân binh'], acts: ['giao', 'bàn giao', 'giao đủ', 'bàn giao đủ'] },
];
/** Nouns of an event that people or bodies attend ("hội nghị", "chương trình", "cuộc thi"): whose attendance a count is. */
export const EVENT_NOUNS = [
  'hội nghị', 'hội thảo', 'hội thi', 'hội chợ', 'hội diễn', 'hội trại', 'hội khỏe', 'lễ hội', 'đại hội', 'ngày hội', 'chương trình', 'cuộc thi',
  'tọa đàm', 'toạ đàm', 'diễn đàn', 'liên hoan', 'lớp tập huấn', 'lớp bồi dưỡng', 'giải đấu', 'phiên chợ', 'tuần lễ', 'phong trào', 'cuộc vận động',
  'lễ ra quân', 'buổi ra quân', 'diễn tập', 'triển lãm',
  // A session or a ceremony of any kind ("12 buổi tuyên truyền", "27 lễ lớn"), a round of a campaign ("03 đợt ra quân").
  'buổi', 'lễ', 'đợt',
] as const;
/** Words after a counted noun that name what some of them have ("hộ kinh doanh có mã QR thanh toán"): a subgroup by state. */
export const POSSESSION_WORDS = ['có', 'sở hữu'] as const;
/**
 * Words after a counted noun that open what some of them did ("04 hợp tác xã đã mở gian hàng", "06/07 trạm đạt chuẩn
 * quốc gia", "02 cơ sở hoạt động quá giờ"): a subgroup. Read only before a word ("đạt 98%" after a count is its rate, no
 * predicate; "15 cơ sở hoạt động." names no manner).
 */
export const PREDICATE_MARKERS = ['đã', 'đang', 'được', 'chưa', 'không', 'sẽ', 'đạt', 'hoạt động'] as const;
/**
 * Collective nouns right before a count that make it the size of a whole network or corps ("mạng lưới 142 tổ hòa giải",
 * "hệ thống 25 trạm bơm", "đội ngũ 60 cộng tác viên"): what the sentence says after the counted noun ("… hoạt động hiệu
 * quả", "… đã được kiện toàn") is said of all of them, no subgroup (see PREDICATE_MARKERS).
 */
export const WHOLE_SET_NOUNS = ['mạng lưới', 'hệ thống', 'đội ngũ'] as const;
/**
 * Words that, right after a count's noun and a comma, open a clause about the count rather than name a second noun joined to
 * it ("24 cán bộ, công chức đạt chuẩn" joins one; "320 hộ, hiện đã …", "15 lớp, bình quân …" open a clause). The lists of
 * stop words, aspect and adverb words are read with them.
 */
export const CLAUSE_TURN_WORDS = [
  'hiện', 'nay', 'song', 'nên', 'mà', 'thì', 'tuy nhiên', 'số', 'còn', 'tất cả', 'toàn bộ', 'hầu hết', 'phần lớn', 'đa số', 'bình quân', 'các',
  'những', 'có', 'bị', 'riêng', 'cụ thể', 'ngoài', 'cùng', 'đồng thời', 'qua', 'sau', 'trước', 'nhờ', 'tức', 'gần', 'khoảng',
] as const;
/** Words after a figure that end its noun phrase ("389 hồ sơ của …", "12 điểm tại …", "15 lớp, đạt …"). */
export const PHRASE_STOP_WORDS = [
  'của', 'tại', 'ở', 'trong', 'với', 'đạt', 'chiếm', 'được', 'đã', 'cho', 'trên', 'và', 'so', 'thuộc', 'là', 'do', 'vì', 'nhằm', 'để', 'theo', 'gồm',
  'về', 'từ', 'đến', 'bằng', 'tương đương', 'hoạt động', 'đang', 'sẽ', 'nhưng', 'nên', 'mỗi', 'phục vụ',
] as const;
/** Words before a figure that count what is still in hand ("đang giải quyết 45 hồ sơ"): never what was done ("đã giải quyết"). */
export const ONGOING_WORDS = ['đang'] as const;
/** Words after a counted noun that name the stock there is now ("trên cơ sở 2.310 đoàn viên hiện có"): even in a plan, no target. */
export const PRESENT_STOCK_WORDS = ['hiện có', 'hiện nay', 'hiện tại'] as const;
/** Words before a figure that take all of a stock ("cho toàn bộ 315 hộ đã đăng ký"): with a state after its noun, a stock, no target. */
export const WHOLE_STOCK_WORDS = ['toàn bộ'] as const;
/** Words after a counted noun that state what befell it ("hộ bị ảnh hưởng", "hộ đã đăng ký"): a state, not a plan. */
export const STATE_WORDS = ['bị', 'đã'] as const;
/**
 * Words inside a counted noun's name that define a subgroup by what it has, suffers, got or belongs to ("trẻ em có hoàn
 * cảnh đặc biệt", "hộ bị ảnh hưởng", "người được hỗ trợ", "hộ thuộc diện chính sách"): such a name is the whole of its
 * subgroup, even where its sentence gives it as a share of all of its head noun ("chiếm 1,18% tổng số trẻ em").
 */
export const SUBGROUP_WORDS = ['có', 'bị', 'được', 'thuộc', 'đã', 'chưa', 'không'] as const;
/**
 * Heads of a population's total ("tổng số hộ", "tổng số trẻ em", "tổng số học sinh"): a count given as a share of it is a
 * prevalence ("127 hộ nghèo, chiếm 4,12% tổng số hộ"), the whole of its subgroup, never a part of a flow of its kind.
 */
export const POPULATION_HEADS = ['hộ', 'người', 'nhân khẩu', 'dân', 'dân số', 'trẻ em', 'học sinh', 'sinh viên', 'lao động', 'thanh niên', 'phụ nữ', 'đoàn viên', 'hội viên', 'đảng viên', 'cán bộ', 'công chức', 'viên chức', 'cử tri'] as const;
/** Words opening a clause of figures beyond those stated before ("Ngoài ra, doanh nghiệp trao 40 suất"): other quantities. */
export const BESIDES_WORDS = ['ngoài ra', 'bên cạnh đó'] as const;
/** Words between a verb and those it reached ("chi trả trợ cấp cho 412 người"): the verb before them narrows the figure. */
export const RECIPIENT_WORDS = ['cho', 'dành cho'] as const;
/** Words that make a count what is left ("còn lại 12 hồ sơ", "tồn 5"). */
export const REST_WORDS = ['còn lại', 'còn', 'tồn'] as const;
/** Words right before a count that make it an addition to a level ("có thêm 134 hộ", "bổ sung 12 camera"), not the level. */
export const ADDITION_WORDS = ['thêm', 'bổ sung'] as const;
/** Words closing a count's own phrase that make it an addition to a level ("36 camera lắp mới trong kỳ", "12 hộ phát triển mới"). */
export const ADDED_TAIL_WORDS = ['mới'] as const;
/** Words that make a count an addition or a change ("cấp thêm 20", "bổ sung", "nâng lên"). */
export const ADDED_WORDS = ['thêm', 'bổ sung', 'nâng', ...CHANGE_VERBS, 'vượt'] as const;
/**
 * Fixed names that hold a cue word without its sense ("thu bổ sung có mục tiêu 1,356 tỷ đồng": the budget transfer so
 * called, no addition and no target; "Chương trình mục tiêu quốc gia"): passed over when a figure's words are tagged.
 */
export const CUE_BEARING_NAMES = ['bổ sung có mục tiêu', 'bổ sung cân đối', 'chương trình mục tiêu'] as const;
/** Words before a place that scope a figure to it ("tại xã A", "ở thôn 3", "của trường B"). */
export const AT_WORDS = ['tại', 'ở', 'của'] as const;
/** Words after a counted noun naming the way the counted things were done ("05 quyết định cưỡng chế bằng biện pháp phong tỏa tài khoản"): those done that way only. */
export const MEANS_WORDS = ['bằng biện pháp', 'bằng hình thức', 'theo hình thức', 'dưới hình thức', 'qua hình thức', 'bằng phương thức', 'theo phương thức'] as const;
/** Words closing a list's lead-in just before its colon that say the names after it are where the counted things took place ("03 cuộc kiểm tra … tại: A, B và C"). */
export const LIST_PLACE_WORDS = ['tại', 'ở'] as const;
/**
 * Words opening the topic of the counted things in a list's lead-in ("04 mô hình tự quản về an ninh, trật tự: …", "03 đề án
 * trong lĩnh vực giáo dục, y tế: …"): a comma in the topic joins two of its nouns, no clause break.
 */
export const LIST_TOPIC_WORDS = ['về', 'trong lĩnh vực', 'thuộc lĩnh vực'] as const;
/** Words after a counted noun that send it to one place ("12 000 lượt khách đến tham quan khu di tích A"): scoped to that place. */
export const DESTINATION_WORDS = ['đến tham quan', 'đến thăm', 'đến với'] as const;
/** What a rate of fulfilment is read against, after the percent ("% kế hoạch năm", "% dự toán", "% nhiệm vụ"). */
export const FULFILMENT_BASES = [...PLAN_RATE_BASES, 'mục tiêu', 'nhiệm vụ'] as const;
/** Words before a figure that state it without narrowing it: "có 12", "toàn bộ 268", "tổng số 40", "đạt 15", "- 12". */
export const NEUTRAL_BEFORE_WORDS = [
  'có', 'là', 'gồm', 'gồm có', 'bao gồm', 'toàn bộ', 'tổng số', 'tổng cộng', 'tổng', 'với', 'đạt', 'ước đạt', 'được', 'ước', 'khoảng', 'trên', 'dưới',
  'gần', 'hơn', 'còn', 'hiện có', 'trong đó', 'riêng', 'cụ thể', 'của', 'tại', 'cho', 'số', 'xảy ra', 'đến', 'từ', 'và', '-', '+',
] as const;
/** Column headers that name offices or places ("Khối, đơn vị", "Xã, phường"): the row says whose a figure is ("đơn vị" too, but not "đơn vị tính"). */
export const ENTITY_HEADER_WORDS = ['khối', 'cơ quan', 'địa phương', 'địa bàn', 'xã', 'phường', 'thị trấn', 'thôn', 'tổ dân phố', 'trường', 'trạm'] as const;
/** Column headers of another quantity than the period's own figure ("Cùng kỳ", "Tăng/giảm", "So sánh", "Chênh lệch"). */
export const OTHER_COLUMN_WORDS = ['cùng kỳ', 'năm trước', 'kỳ trước', ...CHANGE_VERBS, 'so sánh', 'so với', 'chênh lệch'] as const;

// ——— table column headers (extract/table-header.ts) ———

/** Header words of a unit column ("Đơn vị tính"), and its abbreviation ("ĐVT", a whole word). */
export const UNIT_COLUMN_WORDS = ['đơn vị tính'] as const;
export const UNIT_COLUMN_ABBREVIATIONS = ['đvt'] as const;
/** Words opening a table's unit note, a line of its own above it ("(ĐVT: trường hợp)", "Đơn vị: triệu đồng"). */
export const UNIT_NOTE_WORDS = [...UNIT_COLUMN_WORDS, ...UNIT_COLUMN_ABBREVIATIONS, 'đơn vị'] as const;
/**
 * Words after a unit note's opening word saying the unit is the money's ("(đơn vị tiền: nghìn đồng)", "Đơn vị tính tiền:
 * triệu đồng"): the table holds counts as well, and only its money columns are counted in that unit.
 */
export const MONEY_NOTE_QUALIFIERS = ['tiền', 'tiền tệ', 'số tiền', 'giá trị'] as const;
/**
 * Header words of a money column under a money unit note ("Thành tiền", "Kinh phí hỗ trợ", "Mức giá"), matched as whole
 * words anywhere in the header.
 */
export const MONEY_NOTE_COLUMN_WORDS = ['tiền', 'kinh phí', 'ngân sách', 'chi phí', 'vốn', 'doanh thu', 'giá trị', 'đồng', 'vnđ', 'vnd'] as const;
/**
 * The word making a number an ordinal ("thứ 3", "xếp thứ 3/25 xã": third of 25): a rank, with the whole it is ranked among
 * after a slash, never a part over its whole.
 */
export const ORDINAL_WORDS = ['thứ'] as const;
/** Header words of a rank column ("Xếp hạng", "Xếp loại"). */
export const RANK_COLUMN_WORDS = ['xếp hạng', 'thứ hạng', 'xếp loại'] as const;
/** Header words of an average column ("Bình quân", "BQ" as a whole word). */
export const AVERAGE_COLUMN_WORDS = ['bình quân', 'trung bình'] as const;
export const AVERAGE_COLUMN_ABBREVIATIONS = ['bq'] as const;
/**
 * Header words of a price or per-unit rate column ("Đơn giá (đồng/kWh)", "Mức thu (đồng/tháng)"): each cell is the value
 * of one unit, like an average, so the column is never summed down a table. A norm ("Định mức (người)") is a planned
 * amount and stays out.
 */
export const PRICE_COLUMN_WORDS = ['đơn giá', 'giá bán', 'giá mua', 'giá thuê', 'mức giá', 'mức thu', 'mức phí'] as const;
/**
 * Header words of a norm or a level granted to each one ("Định mức (đồng/tháng)", "Mức hỗ trợ (kg/học sinh/tháng)"): with
 * a unit per anything closing the header, a time too, each cell is the rate one thing gets, never summed down a table. Alone
 * ("Định mức (người)", "Mức hỗ trợ (triệu đồng)") the column may hold each row's whole amount and is left as it is.
 */
export const NORM_COLUMN_WORDS = ['định mức', 'mức hỗ trợ', 'mức trợ cấp', 'mức chi', 'mức lương', 'mức đóng'] as const;
/**
 * Units of time after the slash of a column's unit ("Khối lượng thu gom (tấn/ngày)"): a flow per day adds up across
 * places, unlike a value per thing ("Năng suất (tạ/ha)", "Mức quà (đồng/suất)"), which is never summed down a table.
 */
export const PER_TIME_UNITS = ['năm', 'quý', 'tháng', 'tuần', 'ngày', 'đêm', 'giờ'] as const;
/** Header words of a change column besides the change verbs ("Biến động"; "Chênh lệch", the difference of two columns). */
export const CHANGE_COLUMN_WORDS = ['biến động', 'chênh lệch'] as const;
/**
 * Words before "biến động" that make it a land register's record of changes, files counted, no change of an amount:
 * "Đăng ký biến động (hồ sơ)", "Chỉnh lý biến động (thửa)".
 */
export const REGISTERED_CHANGE_LEADS = ['đăng ký', 'đăng kí', 'chỉnh lý', 'chỉnh lí'] as const;
/** A table note's word for brackets ("Số trong ngoặc đơn ( ) là số giảm", "số âm ghi trong ngoặc"). */
export const BRACKET_NOTE_WORDS = ['ngoặc', 'ngoặc đơn', 'dấu ngoặc'] as const;
/** What a table note says a bracketed number is, after the bracket word ("trong ngoặc … là số giảm", "… thể hiện giảm"). */
export const BRACKET_NEGATIVE_WORDS = ['số giảm', 'số âm', 'giá trị âm', 'giảm', 'âm', 'mức giảm'] as const;
/** The same before the bracket word, named as a number ("số âm ghi trong ngoặc"; a bare "giảm … trong ngoặc" may mean the change). */
export const BRACKET_NEGATIVE_NOUNS = ['số giảm', 'số âm', 'giá trị âm', 'mức giảm'] as const;
/** "so", "so với", "so sánh", "so sánh với" before an earlier period in a change column's header. */
export const COMPARE_TAILS = ['với', 'sánh', 'sánh với'] as const;
/** Earlier periods a change column compares with ("So với cùng kỳ", "năm trước"). */
export const EARLIER_PERIOD_WORDS = ['cùng kỳ', 'năm trước', 'kỳ trước'] as const;
/** An earlier period a year before the current one, in a claim or a column header ("so với cùng kỳ", "Cùng kỳ năm 2024"). */
export const SAME_PERIOD_BASE_WORDS = ['cùng kỳ'] as const;
/** The period just before the current one ("so với quý trước", "Kỳ trước", "Tháng trước"). */
export const PREVIOUS_PERIOD_BASE_WORDS = ['kỳ trước', 'quý trước', 'tháng trước', '6 tháng trước'] as const;
/** The year before, in an annual report's claim or column ("so với năm trước", "Năm trước"). */
export const PREVIOUS_YEAR_BASE_WORDS = ['năm trước', 'năm ngoái'] as const;
/** A quantity column's header naming the earlier period of a comparison ("Cùng kỳ", "Cùng kỳ năm trước", "Tháng trước"). */
export const EARLIER_COLUMN_WORDS = [...EARLIER_PERIOD_WORDS, 'tháng trước', 'quý trước', 'năm ngoái'] as const;
/** A quantity column's header naming the current period of a comparison ("Kỳ này", "Năm nay", "Kỳ báo cáo"). */
export const CURRENT_COLUMN_WORDS = ['kỳ này', 'năm nay', 'kỳ báo cáo', 'tháng này', 'quý này', 'năm này', 'trong kỳ'] as const;
/** Words opening a fulfilment column's header before its plan ("Tỷ lệ … kế hoạch", "So sánh với dự toán", "Đạt … KH"). */
export const FULFILMENT_COLUMN_OPENERS = [...RATE_WORDS, 'so với', 'so sánh', 'đạt'] as const;
/** What a plan column is called ("Kế hoạch", "Dự toán", "Chỉ tiêu", "Mục tiêu"; "KH" as a whole word is added by the reader). */
export const PLAN_COLUMN_HEADS = ['kế hoạch', 'dự toán', 'chỉ tiêu', 'mục tiêu'] as const;
/** Plans a fulfilment column is measured against: the plan column heads and a resolution's target ("Nghị quyết"). */
export const FULFILMENT_COLUMN_BASES = [...PLAN_COLUMN_HEADS, 'nghị quyết'] as const;
/** "percent" spelled out in a rate column's header. */
export const PERCENT_WORDS = ['phần trăm'] as const;
/** Header words of a running-total column ("Lũy kế"). */
export const CUMULATIVE_COLUMN_WORDS = ['lũy kế'] as const;
/** Header words of a result column ("Thực hiện", "Kết quả", "Quyết toán"; "TH" as a whole word). */
export const RESULT_COLUMN_WORDS = ['thực hiện', 'kết quả', 'quyết toán'] as const;
export const RESULT_COLUMN_ABBREVIATIONS = ['th'] as const;
/** Header words of a money column, whole words ("Kinh phí", "Số tiền", "Giá trị", "đồng"). */
export const MONEY_COLUMN_WORDS = ['đồng', 'vnđ', 'vnd', 'kinh phí', 'số tiền', 'giá trị', 'doanh thu'] as const;
/** Header words opening a count column ("Số", "Số lượng"). */
export const COUNT_COLUMN_OPENERS = ['số', 'số lượng'] as const;
/**
 * "Số" headers that name no counted noun of their own ("Số lượng", "Số liệu", "Số tiền"); any other "Số <noun>" column
 * ("Số hộ được hỗ trợ", "Số người") counts its noun whatever unit its row's other cells are in.
 */
export const GENERIC_COUNT_HEADS = ['số lượng', 'số liệu', 'số tiền', 'số kinh phí', 'số vốn'] as const;
/** Whole words that open only a header cell ("STT", "Tên", "Năm", "Nữ", "Đơn vị"). */
export const HEADER_CELL_WORDS = ['stt', 'tt', 'tên', 'năm', 'nam', 'nữ', 'đơn vị'] as const;
/** Words that open only a header cell, as prefixes ("Nội dung …", "Kỳ báo cáo", "Ghi chú"). */
export const HEADER_CELL_OPENERS = [
  'số thứ tự', 'thứ tự', 'nội dung', 'đơn vị tính', 'đvt', 'chỉ tiêu', 'mục tiêu', 'kế hoạch', 'kết quả', 'kỳ báo cáo', 'lũy kế', 'tổng số',
  'trong đó', 'chia ra', ...RATE_WORDS, 'ghi chú', 'diễn giải', 'số lượng', 'thực hiện', 'giải pháp', 'danh mục', 'hạng mục', 'lĩnh vực', 'so sánh',
] as const;
/** A whole header cell of the row-number column ("STT", "Số thứ tự", "Số TT"). */
export const ROW_NUMBER_HEADERS = ['stt', 'tt', 'số thứ tự', 'thứ tự', 'số tt'] as const;
/** Header words of a notes column ("Ghi chú", "Diễn giải"). */
export const NOTES_COLUMN_WORDS = ['diễn giải', 'ghi chú', 'giải thích'] as const;
/** Header words of the period's own column ("Kỳ báo cáo", "Thực hiện", "Số liệu"). */
export const PERIOD_COLUMN_WORDS = ['kỳ báo cáo', 'trong kỳ', 'kết quả', 'thực hiện', 'số liệu'] as const;
/**
 * Headers of a table column holding this period's values beside an earlier period's ("Cùng kỳ" | "Vụ này", "Năm trước" |
 * "Năm nay"): with PERIOD_COLUMN_WORDS, the current side of a "tăng/giảm so với cùng kỳ" claimed of a row.
 */
export const CURRENT_SIDE_COLUMN_WORDS = [...PERIOD_COLUMN_WORDS, 'vụ này', ...CURRENT_COLUMN_WORDS] as const;
/** Words opening a table's caption line ("Bảng 2. Diện tích nhiễm …", "Biểu 1"): the caption may stand between a paragraph and its table. */
export const TABLE_CAPTION_WORDS = ['bảng', 'biểu'] as const;
/** A whole header cell of a total column ("Tổng số", "Cộng"). */
export const TOTAL_COLUMN_HEADERS = ['tổng số', 'tổng cộng', 'tổng', 'cộng'] as const;
/**
 * A whole label-column head that a pdf may run into the next column's head ("Đơn vị Trẻ sinh ra (trẻ)", "Chỉ tiêu Kế hoạch
 * năm 2025"): a capitalised word after it opens the next head.
 */
export const LABEL_COLUMN_HEADS = ['đơn vị', 'địa bàn', 'chỉ tiêu', 'nội dung', 'danh mục', 'hạng mục', 'lĩnh vực'] as const;
/** A label column's head word that only says its cells are names ("Tên chợ", "Tên đơn vị"): the noun after it is what the rows are. */
export const NAME_HEADER_WORDS = ['tên'] as const;
/** Header words opening the label column ("Nội dung", "Tên …", "Lĩnh vực"). */
export const LABEL_COLUMN_OPENERS = ['nội dung', 'tên', 'danh mục', 'hạng mục', 'lĩnh vực'] as const;

// ——— stock and flow (extract/claims-balance.ts) ———

/** Words of an opening level: "đầu năm có 146 hộ nghèo", "tồn đầu kỳ 640 liều", "kỳ trước chuyển sang 03 đơn". */
export const OPENING_LEVEL_WORDS = ['đầu năm', 'đầu kỳ', 'đầu quý', 'đầu tháng', 'đầu năm học', 'kỳ trước chuyển sang', 'năm trước chuyển sang', 'tồn kỳ trước', 'tồn năm trước'] as const;
/**
 * Words that tie a level told first to the opening time told after it ("có 1.012 người cao tuổi tại thời điểm đầu năm",
 * "có 86 hộ nghèo vào đầu năm"): only these, never "so với" or "từ", which make the time a base or a start of flows.
 */
export const OPENING_AFTER_LEADS = ['tại thời điểm', 'vào thời điểm', 'thời điểm', 'tại', 'vào', 'lúc'] as const;
/**
 * A stock carried over from an earlier period, told in three pieces: a stock word, the earlier period ("năm 2023", "kỳ
 * trước", "từ năm trước") and a carrying word ("Số hồ sơ tồn từ năm 2023 chuyển sang 64 hồ sơ"): an opening level.
 */
export const CARRIED_STOCK_WORDS = ['tồn', 'tồn đọng', 'số dư', 'dư'] as const;
export const CARRIED_PERIOD_WORDS = ['năm', 'kỳ', 'quý', 'tháng', 'đợt'] as const;
export const CARRIED_IN_WORDS = ['chuyển sang', 'chuyển qua'] as const;
/** Words of a closing level: "cuối kỳ", "đến ngày 15/6", "hiện còn", cases still open ("đang giải quyết 02 vụ"). */
export const CLOSING_LEVEL_WORDS = [
  'cuối năm', 'cuối kỳ', 'cuối quý', 'cuối tháng', 'cuối năm học', 'đến ngày', 'đến nay', 'đến thời điểm', 'tính đến', 'hiện còn', 'hiện có', 'còn lại',
  'còn tồn', 'chuyển kỳ sau', 'chuyển sang kỳ sau', 'đang tiếp tục', 'đang giải quyết',
] as const;
/**
 * Words of the present opening the clause of a closing level, its subject and verb after them ("Hiện phường đang quản lý
 * 23 người", "Hiện nay, toàn xã có …"): read only at the clause's start, where "hiện" is no syllable of "thực hiện".
 */
export const CLOSING_NOW_LEADS = ['hiện nay', 'hiện tại', 'hiện'] as const;
/**
 * A cut-off in time right before "còn" ("đến ngày 30/11 còn 412 người", "đến cuối năm còn 26 hộ", "tính đến nay còn"): the
 * count is the level at that time, not what is left over from another count. The cut-off words, then the times they take.
 */
export const CUTOFF_WORDS = ['tính đến', 'đến', 'tới'] as const;
export const CUTOFF_TIMES = ['cuối năm', 'cuối kỳ', 'cuối quý', 'cuối tháng', 'cuối năm học', 'nay', 'thời điểm báo cáo', 'thời điểm hiện tại'] as const;
/**
 * Words of a flow in: births, moves in, recruitment, files received, stock taken in ("nhập trong kỳ"). Not "thu": money
 * collected fills a fund but empties a debt ("đã thu hồi 1.555 triệu đồng" of "số nợ").
 */
export const INFLOW_WORDS = [
  'tăng', 'phát sinh', 'sinh ra', 'sinh', 'chuyển đến', 'nhập cư', 'tuyển dụng', 'tiếp nhận', 'bổ sung', 'kết nạp', 'tái nghèo', 'rơi vào', 'nhập',
  'thụ lý', 'thành lập',
  // Outlets or licences added to a stock: "cấp mới 03 giấy phép", "mở mới 02 cửa hàng".
  'cấp mới', 'mở mới', 'mở thêm',
  // Connections added to a service's users: "lắp mới 87 hộ", "đấu nối mới 120 hộ".
  'lắp mới', 'lắp đặt mới', 'đấu nối mới',
  // Area added to a planted stock: "trồng mới 24,5 ha" (rừng, cây ăn quả).
  'trồng mới',
  // Enterprises back in business join those operating: "06 doanh nghiệp quay trở lại hoạt động".
  'trở lại hoạt động',
  // People or cases newly found join those under watch: "phát hiện mới 05 người nghiện", "phát hiện mới 12 ca nhiễm HIV".
  'phát hiện mới',
  // Things newly registered join a registered stock: "đăng ký mới 16 tàu", "đăng ký mới 12 hộ kinh doanh".
  'đăng ký mới',
  // Members whose membership moves in from another branch: "chuyển sinh hoạt đến 6 đảng viên".
  'chuyển sinh hoạt đến',
] as const;
/**
 * Things added to or taken out of a stock of goods or equipment, read only in a balance of things, never of money ("mua mới
 * 02 máy tính" spends a fund's money; "thanh lý tài sản" may bring money in): "trang bị thêm 386 bình", "mua mới 860
 * cuốn", "thanh lý 54 bình hết hạn", "loại bỏ 120 cuốn".
 */
export const STOCK_INFLOW_WORDS = ['trang bị thêm', 'trang bị mới', 'mua mới', 'mua thêm'] as const;
export const STOCK_OUTFLOW_WORDS = ['thanh lý', 'loại bỏ'] as const;
/**
 * Bare verbs of goods taken into or out of a stock, read only opening a flow's own words in a balance of things (a period
 * of FUND_FLOW_PERIODS around them, a cause after them at most): "nhận trong kỳ 420 liều", "được cấp 5.000 viên", "sử
 * dụng 402 liều", "cấp phát 4.800 viên", "hủy do vỡ lọ 02 liều". Elsewhere they are loose: "nhận" of "công nhận", "sử
 * dụng" of "đưa vào sử dụng" (a stock grown). Things broken or out of date ("hỏng", "hết hạn") may still be held in the
 * stock, so they are no flow by themselves; destroyed ("hủy") or lost ("vỡ", "hao hụt") they are.
 */
export const STOCK_IN_LEADS = ['nhận', 'nhận về', 'được cấp', 'được phân bổ', 'được cung ứng'] as const;
export const STOCK_OUT_LEADS = ['sử dụng', 'dùng', 'tiêm', 'cấp phát', 'hủy', 'hao hụt', 'vỡ', 'bị vỡ'] as const;
/**
 * Words dating a level to the end of a named year ("cuối năm 2024 thư viện có 12.450 cuốn sách"): read before the year as
 * a cut-off, the level is the opening of what follows it.
 */
export const YEAR_END_WORDS = ['cuối năm', 'hết năm'] as const;
/**
 * Words opening a recap of a stock after its flows: "Như vậy, từ 386 doanh nghiệp đang hoạt động đầu năm, đến 30/9 toàn huyện
 * có 416 doanh nghiệp" (extract/claims-balance-recap.ts).
 */
export const RECAP_WORDS = ['như vậy', 'tính chung'] as const;
/** Words of a flow out: deaths, moves out, retirement, households leaving poverty, stock issued ("xuất sử dụng"). */
export const OUTFLOW_WORDS = [
  'giảm', 'thoát nghèo', 'thoát', 'chết', 'tử vong', 'chuyển đi', 'xuất cư', 'nghỉ hưu', 'thôi việc', 'chuyển công tác', 'ra khỏi', 'đưa ra khỏi',
  'khai tử', 'chấm dứt', 'thôi hưởng', 'dừng hưởng', 'xuất bán', 'giết thịt', 'xuất chuồng', 'tiêu hủy', 'xuất',
  'giải thể', 'ngừng hoạt động', 'ngừng kinh doanh', 'đã chi', 'chi trả', 'thực chi', 'chi trong kỳ', 'giải ngân', 'đã giải quyết', 'giải quyết xong',
  // A debt recovered or written off leaves the debt: "thu hồi nợ 18,4 tỷ đồng, xóa nợ 1,3 tỷ đồng", "đã thu hồi được 526 triệu đồng".
  'thu hồi nợ', 'thu hồi được', 'xóa nợ', 'xoá nợ',
  // A dispute closes either way: "hòa giải thành 32 vụ, hòa giải không thành 07 vụ".
  'hòa giải thành', 'hòa giải không thành',
  // Users leaving a service: "tạm ngừng sử dụng 06 hộ", "dừng sử dụng nước 04 hộ".
  'ngừng sử dụng', 'dừng sử dụng',
  // A planted stock felled: "khai thác 18,2 ha" of plantation forest.
  'khai thác',
  // Installations taken down leave their stock as new ones ("lắp mới") join it: "tháo dỡ 01 trạm", "dỡ bỏ 03 cột".
  'tháo dỡ', 'dỡ bỏ',
  // Pupils who drop out leave a school's roll as those moving away do: "chuyển đi 5 em, bỏ học 2 em, cuối năm còn …".
  'bỏ học',
  // People sent away to a centre leave those managed at home: "đưa đi cai nghiện bắt buộc 07 người", "đưa đi điều trị".
  'đưa đi',
  // People whose term under watch or support is over leave those managed: "06 người kết thúc thời gian quản lý".
  'kết thúc thời gian', 'kết thúc thời hạn', 'hết thời gian', 'hết thời hạn',
  // Vessels broken up and struck off the register leave it: "giải bản 09 tàu do hư hỏng".
  'giải bản',
  // Members leaving an organisation: their membership moved away ("chuyển sinh hoạt đi 9 đảng viên"), struck off ("xóa tên
  // 02 hợp tác xã") or aged out of the youth union or the pioneers ("20 đoàn viên trưởng thành Đoàn").
  'chuyển sinh hoạt đi', 'xóa tên', 'xoá tên', 'trưởng thành đoàn', 'trưởng thành đội',
] as const;
/**
 * Bare verbs of money taken in or paid out that open a flow's own words in a balance of a fund ("số dư đầu kỳ …, thu trong
 * kỳ 684 triệu đồng, chi 538 triệu đồng, số dư cuối kỳ …"), read only there and only alone before the figure (with a
 * period of FUND_FLOW_PERIODS at most): elsewhere they are syllables of "chi hội", "thu nhập".
 */
export const FUND_INFLOW_LEADS = ['thu', 'nhận', 'vận động', 'huy động'] as const;
/** "chi" and "sử dụng" ("đã sử dụng 120 triệu đồng", "sử dụng hỗ trợ …"): money paid out of a fund or a budget. */
export const FUND_OUTFLOW_LEADS = ['chi', 'sử dụng'] as const;
/**
 * Words of the level of money left in a fund at the end of a balance ("số dư quỹ hội đến 30/11/2024 là 201,7 triệu đồng",
 * "tồn quỹ 45 triệu đồng"): read as the closing level only in a balance of money, and only when no opening or carrying
 * word stands in the same step ("số dư đầu kỳ", "số dư năm 2023 chuyển sang" open it).
 */
export const FUND_CLOSING_WORDS = ['số dư', 'tồn quỹ', 'dư quỹ', 'quỹ còn', 'còn dư'] as const;
export const FUND_FLOW_PERIODS = ['trong kỳ', 'trong năm', 'trong quý', 'trong tháng', 'trong học kỳ', 'trong năm học'] as const;
/**
 * The word naming where a fund's money came from after a verb of FUND_INFLOW_LEADS ("xã nhận từ Quỹ Bảo vệ và Phát triển
 * rừng tỉnh 1.846,5 triệu đồng", "thu từ dịch vụ thủy lợi 152,5 triệu đồng"): money in, read when the report's own unit
 * receives it (a UNIT_LEVEL_WORDS subject, or none: "các hộ nhận từ Quỹ" is money paid out of it).
 */
export const FUND_SOURCE_WORDS = ['từ'] as const;
/**
 * What a fund's money is paid out for, right after a bare "chi" ("chi hỗ trợ khắc phục hậu quả thiên tai 215 triệu đồng",
 * "chi thăm hỏi 12 triệu đồng"): the verb of a purpose makes "chi" a payment, never a syllable of a noun ("chi hội", "chi
 * bộ", "chi phí", "chi nhánh").
 */
export const FUND_SPENDING_PURPOSES = [
  'hỗ trợ', 'trả', 'cho', 'khắc phục', 'mua', 'mua sắm', 'thăm hỏi', 'tặng', 'tặng quà', 'cứu trợ', 'thực hiện', 'khen thưởng', 'sửa chữa', 'xây dựng',
  'đầu tư', 'tổ chức', 'ứng', 'tạm ứng',
  // Running costs of a body or a fund: "chi hoạt động, thăm hỏi 31,5 triệu đồng", "chi thường xuyên", "chi lương, phụ cấp".
  'hoạt động', 'thường xuyên', 'lương', 'phụ cấp', 'hội nghị', 'tập huấn', 'tuyên truyền', 'công tác', 'văn phòng phẩm', 'bồi dưỡng', 'phúc lợi',
] as const;
/**
 * What a fund takes in, right after a bare verb of FUND_INFLOW_LEADS ("thu hội phí 85 triệu đồng", "nhận ủng hộ 12 triệu
 * đồng", "thu lãi tiền gửi"): the kind of money makes "thu" a receipt, never a syllable of "thu nhập", "thu hoạch", "thu hồi".
 */
export const FUND_INCOME_KINDS = ['hội phí', 'đoàn phí', 'đảng phí', 'lệ phí', 'học phí', 'phí', 'ủng hộ', 'đóng góp', 'lãi', 'tiền lãi', 'quỹ'] as const;
/**
 * Money a fund hands on up ("đã nộp về Quỹ tỉnh 140 triệu đồng", "nộp lên cấp trên", "chuyển nộp cho …"): a verb of
 * FUND_REMIT_VERBS and a direction of FUND_REMIT_DIRECTIONS opening a flow's own words in a balance of money, with no
 * subject before them (the report's own unit pays; "các thôn nộp về xã" is money coming in).
 */
export const FUND_REMIT_VERBS = ['nộp', 'chuyển nộp', 'trích nộp'] as const;
export const FUND_REMIT_DIRECTIONS = ['về', 'lên', 'cho'] as const;
/**
 * Words naming a debt at an opening level ("số nợ đầu quý", "Tổng nợ thuế đến ngày 30/9 là"), or a sum owed to be
 * recovered ("số tiền kiến nghị thu hồi chưa thu … chuyển sang"): its payments are flows out.
 */
export const DEBT_LEVEL_WORDS = ['nợ', 'dư nợ', 'công nợ', 'chưa thu', 'phải thu hồi', 'kiến nghị thu hồi'] as const;
/**
 * Words before a payment verb that make it name the sum due, not a payment: "số tiền kiến nghị thu hồi phát sinh trong kỳ",
 * "còn phải thu hồi", "chưa thu".
 */
export const DEBT_DUE_LEADS = ['kiến nghị', 'phải', 'chưa', 'cần'] as const;
/**
 * Payments that leave a debt, read only in a balance whose opening level is a debt (a fund's "đã nộp" comes in): "đã nộp 420
 * triệu đồng", "đã thu hồi 1.875 triệu đồng", "trả nợ", "thanh toán".
 */
export const DEBT_PAID_WORDS = ['đã nộp', 'nộp được', 'thu hồi', 'đã thu', 'thu được', 'đã trả', 'trả nợ', 'hoàn trả', 'thanh toán'] as const;
/**
 * A pledge of a result, not the result: "Hội đăng ký giúp 08 hộ thoát nghèo", "cam kết hỗ trợ 05 hộ". "Đăng ký" alone also
 * records a move ("đăng ký thường trú 45 người"), so either pledges only with a deed right after it (PLEDGED_DEEDS).
 */
export const PLEDGE_VERBS = ['đăng ký', 'cam kết'] as const;
export const PLEDGED_DEEDS = ['giúp', 'giúp đỡ', 'hỗ trợ', 'thực hiện', 'phấn đấu', 'vận động', 'xây dựng'] as const;
/** Further words of an opening level in a reading of what a figure is ("tồn kỳ trước 146 hồ sơ"), beside OPENING_LEVEL_WORDS. */
export const OPENING_STOCK_WORDS = [...OPENING_LEVEL_WORDS, 'kỳ trước chuyển qua'] as const;
/** Money or things taken in, beside INFLOW_WORDS, in a reading of what a figure is ("thu quỹ … 1.356,2 triệu đồng", "huy động 2,4 tỷ"). */
export const RECEIPT_WORDS = ['thu', 'tổng thu', 'thu được', 'huy động', 'vận động', 'tiếp nhận', 'nhận được', 'đã nhận', 'được cấp', 'được phân bổ'] as const;
/**
 * Flow words of a balance that are also syllables of other words ("sinh" of "học sinh", "nhập" of "thu nhập", "xuất" of
 * "sản xuất", "tăng" of "tăng cường"): too loose to tell what a figure is, so left out of that reading.
 */
export const LOOSE_FLOW_WORDS = ['sinh', 'nhập', 'xuất', 'tăng', 'giảm', 'thoát', 'bổ sung', 'rơi vào', 'chết'] as const;
/** Words after "thu" that make it no receipt ("thu hút", "thu nhập", "thu hoạch"). */
export const RECEIPT_WORD_TAILS = ['hút', 'nhập', 'hoạch', 'gom', 'thập', 'dọn', 'hẹp', 'xếp', 'nhỏ'] as const;
/** Money or things given out, beside OUTFLOW_WORDS ("hỗ trợ 742 triệu đồng", "trao 45 suất", "chi 3,2 tỷ"). */
export const SPENDING_WORDS = ['chi', 'tổng chi', 'hỗ trợ', 'trao', 'trao tặng', 'tặng', 'cấp phát', 'xuất cấp'] as const;
/** Words after "chi" that make it no spending ("chi bộ", "chi hội", "chi cục", "chi tiết", "chi nhánh"). */
export const SPENDING_WORD_TAILS = ['bộ', 'hội', 'cục', 'tiết', 'nhánh', 'đoàn', 'đội'] as const;
/** Words before a figure that make it a bound of a condition, not a value stated ("xã có tỷ lệ dưới 97%", "không quá 5 ngày"). */
export const BOUND_WORDS = ['dưới', 'trên', 'không quá', 'không dưới', 'không vượt quá', 'tối thiểu', 'tối đa', 'ít nhất', 'nhỏ hơn', 'lớn hơn', 'cao hơn', 'thấp hơn'] as const;
/**
 * Words before a count that make it the least or most of something each counted thing had ("58/73 bà mẹ được sàng lọc ít
 * nhất 02 bệnh", "học sinh được kiểm tra tối thiểu 02 lần"): a condition naming which things are counted, no value of its
 * own, whatever follows. "trên"/"dưới" are left out: "trên" also reads "out of" ("45 trên 52 hộ").
 */
export const LEAST_OR_MOST_WORDS = ['ít nhất', 'tối thiểu', 'không dưới', 'tối đa', 'không quá', 'không vượt quá'] as const;
/** Words right after a figure and its unit that make it the open end of a range, a bound, not a value stated ("người từ 60 tuổi trở lên"). */
export const OPEN_RANGE_TAILS = ['trở lên', 'trở xuống'] as const;
/**
 * Units of a repeated act whose count, as the open end of a range ("khám thai đủ 4 lần trở lên", "tiêm từ 2 mũi trở lên"),
 * names the indicator's condition, not a value measured; a count of people or cases so bounded ("từ 12 vụ trở lên") still is one.
 */
export const REPEAT_THRESHOLD_UNITS = ['lần', 'mũi', 'liều'] as const;

/**
 * Words opening a heading that names whose figures follow, not what topic: a field, a place, an office or a level
 * ("Lĩnh vực đất đai", "Tại Bộ phận Một cửa cấp xã", "Đối với cấp huyện", "Khối trường học"), a crop season, a crop or a
 * herd ("Vụ Đông Xuân" / "Vụ Hè Thu", "Cây lúa" / "Cây màu", "Đàn trâu" / "Đàn lợn"). Sibling headings opening
 * with the same one head parallel items, and a figure under one is never the same quantity as one under another.
 */
export const SCOPE_HEADING_OPENERS = ['lĩnh vực', 'tại', 'ở', 'trên', 'đối với', 'cấp', 'khối', 'ngành', 'khu vực', 'địa bàn', 'vụ', 'cây', 'đàn'] as const;

/** Head nouns of people counts: a flow of "trẻ sinh ra" moves a population counted in "người". */
export const PEOPLE_HEAD_WORDS = [
  'người', 'nhân khẩu', 'trẻ', 'cháu', 'em', 'lao động', 'cán bộ', 'công chức', 'viên chức', 'học sinh', 'hội viên', 'đảng viên', 'đoàn viên',
  'tín đồ', 'giáo dân', 'chức sắc', 'chức việc', 'thành viên', 'nhân viên',
] as const;

// ——— parts of a whole (extract/claims-parts.ts) ———

/** Scale words of an amount ("2,5 tỷ", "300 triệu"): a part so scaled may be money of a money whole. */
export const SCALE_WORDS = ['nghìn', 'ngàn', 'triệu', 'tỷ', 'tỉ'] as const;
/** Scale words of a number written in words ("vạn" = ten thousand, beside SCALE_WORDS). */
export const SPELLED_SCALE_WORDS = [...SCALE_WORDS, 'vạn'] as const;
/** Words before the owner of a part ("của xã A", "thuộc thôn 3"). */
export const OWNER_WORDS = ['của', 'thuộc'] as const;
/**
 * Words before whom things belong to or where they come from, opening a list after a noun ("gồm thí sinh của Trường A và
 * Trường B", "học viên đến từ Hội A, Hội B"): the names are those owners, not the things.
 */
export const NAME_OWNER_WORDS = [...OWNER_WORDS, 'đến từ'] as const;
/**
 * Complementary qualifiers that split a whole ("mới" / "cũ", "nam" / "nữ", "đúng hạn" / "quá hạn"): each member a list
 * of words; a member earlier in the partition wins ("chưa đạt" before "đạt"); `complete` members cover the whole.
 */
/** What became of the files, petitions or cases a workload counts: settled, still pending, or passed on. */
export const OUTCOME_PARTITION: { members: ReadonlyArray<readonly string[]>; complete: number } = {
  members: [['đã giải quyết', 'giải quyết xong', 'đã xử lý'], ['đang giải quyết', 'đang xử lý', 'chưa giải quyết', 'chưa xử lý', 'đang xem xét', 'còn tồn'], ['chuyển', 'trả lại', 'hướng dẫn', 'rút đơn', 'lưu đơn']],
  complete: 2,
};
/**
 * Words of a workload: the files or cases to be dealt with in the period, old and new ("Tổng số đơn phải giải quyết là
 * 14 đơn", "thụ lý 120 vụ"); what became of them (OUTCOME_PARTITION) splits it.
 */
export const WORKLOAD_WORDS = ['phải giải quyết', 'phải xử lý', 'cần giải quyết', 'cần xử lý', 'thụ lý', 'phải thụ lý'] as const;
/**
 * The stages of one workload of files or cases, each a list of words: carried in, received, to be dealt with, settled,
 * left over ("tồn kỳ trước 312", "tiếp nhận mới 18.645", "phải giải quyết 18.957", "đã giải quyết 18.702", "tồn cuối kỳ
 * 255"). Counts at two different stages are two quantities, however close their values and their other words.
 */
export const WORKLOAD_STAGES: ReadonlyArray<readonly string[]> = [
  ['tồn kỳ trước', 'kỳ trước chuyển sang', 'năm trước chuyển sang', 'tồn năm trước', 'tồn đầu kỳ'],
  ['tiếp nhận', 'nhận mới', 'mới phát sinh', 'thụ lý mới'],
  ['phải giải quyết', 'phải xử lý', 'cần giải quyết', 'cần xử lý', 'phải thụ lý', 'phải thi hành'],
  ['đã giải quyết', 'giải quyết xong', 'đã xử lý', 'xử lý xong', 'đã trả kết quả', 'đã thi hành'],
  ['tồn cuối kỳ', 'còn tồn', 'chuyển kỳ sau', 'chuyển sang kỳ sau', 'đang giải quyết', 'đang xử lý', 'chưa giải quyết'],
];
/**
 * Words a figure's name may keep that frame it rather than name it: "trong" of "trong 9 tháng" (a time) or "trong đó" (of
 * which), "đó", "này". Two names sharing only these and one word more share no thing.
 */
export const NAME_FRAME_TOKENS = ['trong', 'đó', 'này'] as const;
/** Qualifiers that split settled files further ("đã giải quyết đúng hạn 30", "giải quyết trực tuyến 12"): a part of a part. */
export const OUTCOME_SUBSPLIT_WORDS = ['trước hạn', 'trước hẹn', 'đúng hạn', 'đúng hẹn', 'quá hạn', 'quá hẹn', 'trễ hạn', 'trễ hẹn', 'chậm', 'trực tuyến', 'qua mạng', 'trực tiếp', 'bưu chính'] as const;
/**
 * Words of files or cases taken in during the period ("tiếp nhận 40 hồ sơ", "thụ lý mới 12 vụ", "phát sinh 27 trường hợp"):
 * such a count leaves out what was carried in, so what became of the whole workload may add up to more than it. A
 * workload told with them is no whole of its outcomes.
 */
export const WORKLOAD_INTAKE_WORDS = [...WORKLOAD_STAGES[1], 'phát sinh', 'nhận được', 'đã nhận'] as const;
/**
 * Words before a part's own share, in a segment of its own right after it ("đã xử lý 31 trường hợp, đạt 68,9%, còn tồn 16
 * trường hợp"): the share describes the part before it and is no part (a rate word may follow: "đạt tỷ lệ 68,9%").
 */
export const PART_SHARE_LEADS = ['đạt', ...SHARE_OF_WHOLE_VERBS] as const;
/**
 * Words that, alone before a count, leave what it counts to the words after it ("còn 16 đơn đang giải quyết", "16 đơn
 * chưa xử lý"): the outcome is then read after the count's noun.
 */
export const LEFT_OVER_LEADS = ['còn', 'còn lại'] as const;
/** Words right after a count's noun that make it what is left of a whole ("02 hộ còn lại đang hoàn thiện thủ tục"). */
export const LEFT_OVER_TAILS = ['còn lại'] as const;
/**
 * Words before a count of a group that has, by a cut-off, done a thing, the rest told right after ("Đến ngày 03/11/2024 đã
 * có 118 hộ trở về nhà, còn 06 hộ …"): the group is the one an earlier deed counted ("sơ tán 126 hộ"), extract/claims-status-rest.ts.
 */
export const STATUS_DONE_LEADS = ['đã có'] as const;
/** Words saying a deed is not done yet ("còn lại 34 hộ chưa được hỗ trợ"): what is left of a whole some of which is done. */
export const NOT_YET_WORDS = ['chưa'] as const;
/**
 * Words in the clause of what is left that make it the rest of something narrower or at another time than the whole a
 * fraction stated ("riêng thôn Đông còn 5 hộ", "đến hết tháng 6 còn lại 20 hộ", "dự kiến còn lại 10 hộ"): besides places,
 * periods and plans (lexicon PLACE_KIND_WORDS, PERIOD_NAME_WORDS, PLAN_WORDS).
 */
export const REST_SCOPE_WORDS = ['riêng', 'trong đó', 'đối với', 'sau khi', 'nếu', 'thêm'] as const;
/** Words opening the account of what became of a workload: "…; kết quả: đã giải quyết 12 đơn, …". */
export const OUTCOME_OPENERS = ['kết quả'] as const;
/**
 * Files one of which is lodged for one applicant, and the verbs naming what it is lodged for right after them: "42 hồ sơ đăng ký
 * hộ kinh doanh" counts businesses, one file each, so "trong đó 47 hộ" counts more of them than were filed.
 */
export const APPLICATION_UNITS = ['hồ sơ'] as const;
export const APPLICATION_VERBS = ['đăng ký', 'đề nghị', 'xin'] as const;
/** Words telling people apart by sex right after their noun ("trẻ nam", "trẻ nữ", "bé trai", "bé gái"). */
export const SEX_WORDS = ['nam', 'nữ', 'trai', 'gái'] as const;
/**
 * Qualifiers of a split (QUALIFIER_PARTITIONS) that are themselves nouns of who is counted: people by sex, persons and bodies.
 * Right after a number ("38 đơn vị", "40 cá nhân", "14 nữ") they count those members, so they may stand for a whole's own
 * things ("62 đảng viên, trong đó 20 nữ"), never for a share of a measure: "Trong số 36 tấn hàng hóa bị thu giữ, 38 đơn vị
 * đã …" counts the offenders, not tonnes.
 */
export const MEMBER_QUALIFIERS = ['nam', 'nữ', 'cá nhân', 'cơ quan', 'tổ chức', 'tập thể', 'đơn vị'] as const;
/**
 * Words of a whole of things done online ("840 hồ sơ trực tuyến", "156 dịch vụ công trực tuyến"): only such a whole is covered
 * by how much of each is done online ("toàn trình" / "một phần"); a whole of every procedure ("92 thủ tục") also holds those
 * not online at all.
 */
export const ONLINE_WHOLE_WORDS = ['trực tuyến', 'qua mạng', 'môi trường mạng', 'môi trường điện tử', 'dvctt'] as const;
/**
 * Qualifiers that split a whole by kind: the first `complete` members, all named, cover it. `within`: words the whole's own
 * words must hold for the members to cover it (the split covers only a whole of that kind); else they are distinct members only.
 */
export const QUALIFIER_PARTITIONS: ReadonlyArray<{ members: ReadonlyArray<readonly string[]>; complete: number; within?: readonly string[] }> = [
  { members: [['mới'], ['lại', 'cũ', 'tồn', 'tồn đọng', 'kỳ trước', 'chuyển sang']], complete: 2 },
  { members: [['nam'], ['nữ']], complete: 2 },
  { members: [['trước hạn', 'trước hẹn', 'sớm hạn'], ['đúng hạn', 'đúng hẹn'], ['quá hạn', 'quá hẹn', 'trễ hạn', 'trễ hẹn', 'chậm hạn', 'chậm']], complete: 3 },
  { members: [['trực tuyến', 'qua mạng', 'môi trường mạng'], ['trực tiếp'], ['bưu chính']], complete: 2 },
  { members: [['cá nhân'], ['cơ quan', 'tổ chức', 'tập thể', 'đơn vị']], complete: 2 },
  { members: [['chưa đạt', 'không đạt'], ['đạt']], complete: 2 },
  { members: [['thành thị'], ['nông thôn']], complete: 2 },
  // Patients or cases by where they were treated: in hospital or at home ("29 ca điều trị nội trú và 15 ca ngoại trú").
  { members: [['nội trú'], ['ngoại trú']], complete: 2 },
  // Levels of schooling or training ("22 sinh viên đại học, 11 sinh viên cao đẳng và 6 học sinh trung cấp"): distinct
  // members, never all of a whole (some have none); the higher level first ("trên đại học" holds "đại học").
  { members: [['trên đại học', 'sau đại học', 'thạc sĩ', 'tiến sĩ'], ['đại học'], ['cao đẳng'], ['trung cấp'], ['sơ cấp']], complete: 5 },
  // What became of the files or petitions a whole counts: settled, still pending, or passed on.
  OUTCOME_PARTITION,
  // Files received split by how they were settled and what is still pending ("đúng hạn 598, quá hạn 12, đang giải quyết 40").
  { members: [['đúng hạn', 'đúng hẹn'], ['quá hạn', 'quá hẹn', 'trễ hạn', 'trễ hẹn', 'chậm hạn'], ['đang giải quyết', 'đang xử lý', 'chưa giải quyết'], ['trước hạn', 'trước hẹn', 'sớm hạn']], complete: 3 },
  { members: [['ngoài công lập', 'tư thục'], ['công lập']], complete: 2 },
  // Online public services by how much of a procedure is done online ("mức độ 4 (toàn trình)", "mức độ 3 (một phần)").
  { members: [['toàn trình'], ['một phần']], complete: 2, within: ONLINE_WHOLE_WORDS },
  // Inspections, checks or visits by how they were called: on schedule or unannounced ("18 đợt định kỳ, 10 đợt đột xuất").
  { members: [['định kỳ', 'theo kế hoạch'], ['đột xuất']], complete: 2 },
  // Units by whether they had enough of something: short or not ("17 trường đủ phòng học, 3 trường còn thiếu"); the
  // negated forms first, since they hold the word of the other member.
  { members: [['không đủ', 'chưa đủ', 'thiếu'], ['đủ', 'đầy đủ']], complete: 2 },
  // Violations by how each was dealt with: fined, passed to the police or prosecution, warned ("Trong 40 vụ vi phạm: xử phạt
  // 31 vụ, chuyển cơ quan điều tra 02 vụ, nhắc nhở 07 vụ"); all of them only with those still being looked into.
  { members: [['đang xác minh', 'đang xử lý', 'chưa xử lý'], ['xử phạt'], ['chuyển cơ quan', 'chuyển hồ sơ', 'chuyển công an', 'khởi tố'], ['nhắc nhở', 'cảnh cáo', 'giáo dục']], complete: 4 },
];
/**
 * The tiers of an organisation or a government, top down ("Hội Nông dân huyện", "các cơ sở Hội", "cấp xã"): a whole done by all
 * of them ("các cấp Hội xây 52 nhà, trong đó Hội huyện xây 14 nhà, các cơ sở Hội xây 38 nhà") is split by
 * tiers down to the lowest, each named once. "thành phố" is left out: a city may be of either of the two upper tiers.
 */
export const ADMIN_TIERS: ReadonlyArray<readonly string[]> = [['tỉnh'], ['huyện', 'quận', 'thị xã'], ['cơ sở', 'xã', 'phường', 'thị trấn']];
/**
 * The levels an award, a contest or a competence is held at, top down ("học sinh giỏi cấp tỉnh 18 em, cấp huyện 72 em, cấp
 * trường 120 em"): parts each named by one level, no two the same, count distinct members of their whole (lexicon
 * OPEN_RANGE_TAILS, "cấp huyện trở lên", takes in the levels above and sets no part apart).
 */
export const LEVEL_TIERS: ReadonlyArray<readonly string[]> = [
  ['cấp quốc gia', 'cấp toàn quốc', 'cấp trung ương'], ['cấp tỉnh'], ['cấp huyện', 'cấp quận', 'cấp thị xã'], ['cấp xã', 'cấp phường', 'cấp thị trấn', 'cấp trường', 'cấp cơ sở'],
];
/** Words that make a part of a period a running total ("đến hết quý II"), besides CUMULATIVE_WORDS: no period of its own. */
export const PERIOD_RUNNING_WORDS = ['đến hết', 'hết'] as const;
/** Words of a whole done by every tier at once ("các cấp Hội", "các cấp chính quyền"). */
export const ALL_TIERS_WORDS = ['các cấp'] as const;
/** What a bracketed figure is read against: a plan or target, or the same quantity at another time ("(kế hoạch 40 ha)", "cùng kỳ (54.492 lượt)"). */
export const REFERENCE_WORDS = [...PLAN_COLUMN_HEADS, ...EARLIER_PERIOD_WORDS] as const;
/** Whole words before a bracketed figure that make it a plan ("KH", "giao"). */
export const REFERENCE_ABBREVIATIONS = ['kh', 'giao'] as const;
/** A multiple said in words after "gấp" ("tăng gấp đôi", "gấp rưỡi", "gấp ba lần"), with its value. */
export const MULTIPLE_NUMBER_WORDS: Readonly<Record<string, number>> = { 'đôi': 2, 'rưỡi': 1.5, 'ba': 3, 'bốn': 4, 'mười': 10 };
/**
 * A half in words after a fall ("giảm một nửa so với cùng kỳ (06 vụ)", "giảm còn một nửa"): the base is twice the value now.
 * A third or a quarter is left out: "giảm một phần ba" is read by some as by a third, by others as to a third.
 */
export const HALF_WORDS = ['một nửa', 'một phần hai'] as const;
/**
 * A share of a whole said as a fraction in words ("chiếm hơn một nửa tổng số hộ", "quá nửa số xã", "gần một phần ba số
 * người"), with its value. "một phần" alone ("một phần kinh phí") is no fraction: only "một phần <ba|tư|năm>" is.
 */
export const SHARE_FRACTION_WORDS: Readonly<Record<string, number>> = {
  'một nửa': 1 / 2, 'nửa': 1 / 2, 'một phần hai': 1 / 2, 'một phần ba': 1 / 3, 'hai phần ba': 2 / 3, 'một phần tư': 1 / 4, 'ba phần tư': 3 / 4, 'một phần năm': 1 / 5,
};
/** Hedges before a fraction of a whole, by what they claim of the share: more than it, near it (from below), less than it, about it. */
export const SHARE_MORE_HEDGES = ['hơn', 'trên', 'quá', 'vượt quá', 'già'] as const;
export const SHARE_NEAR_HEDGES = ['gần', 'gần bằng', 'suýt soát'] as const;
export const SHARE_LESS_HEDGES = ['chưa đến', 'chưa tới', 'chưa được', 'chưa bằng', 'không đến', 'không tới', 'dưới', 'non'] as const;
export const SHARE_ABOUT_HEDGES = ['khoảng', 'xấp xỉ', 'chừng', 'khoảng chừng', 'ước'] as const;
/** Words between a fraction of a whole and the phrase naming that whole ("một nửa tổng số hộ", "một phần ba số lượng xã"). */
export const SHARE_WHOLE_LEADS = ['của tổng số', 'trong tổng số', 'tổng số', 'số lượng', 'số'] as const;
/** Words between a fall and the level it fell to ("giảm còn một nửa", "giảm xuống còn …"). */
export const DOWN_TO_WORDS = ['còn', 'xuống còn', 'xuống'] as const;
/** Verbs of a multiple ("gấp 2 lần", "bằng 1,5 lần"). */
export const MULTIPLE_VERBS = ['gấp', 'bằng'] as const;
/** Words naming a year or a quarter ("năm 2023", "quý II/2024"). */
export const YEAR_WORDS = ['năm'] as const;
/** The word after "năm" naming a school year ("năm học 2024-2025"), which runs over two calendar years. */
export const SCHOOL_YEAR_TAILS = ['học'] as const;
/**
 * Words naming a year of a kind before its number ("năm học 2025", "năm tài chính 2024", "niên độ 2024", "niên khóa 2022"): the
 * year, never a count, though the school year's second half be cut off ("năm học 2025-" with "2026" lost at a page's foot).
 */
export const NAMED_YEAR_WORDS = ['năm học', 'năm tài chính', 'năm ngân sách', 'năm kế hoạch', 'niên học', 'niên độ', 'niên khóa', 'tài khóa'] as const;
/** The year just before the current one, named without its number ("so với năm trước", "so với năm học trước"). */
export const PRIOR_YEAR_WORDS = ['năm trước', 'năm học trước'] as const;
export const QUARTER_WORDS = ['quý'] as const;
/** A table column header naming a month ("Tháng 7", "T7/2024" is not read). */
export const MONTH_WORDS = ['tháng'] as const;
/** A table column header naming a whole year ("Cả năm", "Năm 2024"; "cả" is what "Cả năm 2024" keeps once its year is read). */
export const WHOLE_YEAR_WORDS = ['cả năm', 'năm', 'cả'] as const;
/** Words framing a column header that spans a run of periods ("Lũy kế 9 tháng", "Cộng 6 tháng", "Tổng 9 tháng"). */
export const PERIOD_TOTAL_FRAMES = ['lũy kế', 'cộng dồn', 'tổng cộng', 'tổng', 'cộng', 'ước'] as const;
/** Words framing a column header of one period before that period ("Trong kỳ tháng 01", "Thực hiện quý II"). */
export const PERIOD_PART_FRAMES = ['trong kỳ', 'thực hiện'] as const;

// ——— numbers that are no figures (extract/not-figures.ts) ———

/** Words of a kilometre post, whose number is a place on a road ("Km 18 Quốc lộ 37", "Km 5+200"), never a length. */
export const KILOMETRE_POST_WORDS = ['km', 'cây số'] as const;
/**
 * A boundary marker's word, whose number names the marker as a kilometre post's names a place ("tuyến Trà Cổ - Mốc
 * 1.378", "cột mốc 1378"): "Mốc" capitalised as a name, or after its lead word ("cột") in either case; a count or a unit
 * after the number ("cắm mốc 120 cọc", "mốc 15 km") makes it a quantity (checked in code).
 */
export const MARKER_POST_HEADS = ['mốc'] as const;
export const MARKER_POST_LEADS = ['cột'] as const;
/**
 * Calendar periods longer than any span of days, weeks or months: a span alone in brackets right after one, named as a
 * period (no count before the word: "2 năm (24 tháng)" is a term, restated), restates its length, a count of the shorter
 * unit ("Trong 6 tháng đầu năm 2025 (181 ngày)", "trong quý III/2025 (92 ngày)"); "6 tháng (180 ngày)" stays a term.
 */
export const RESTATED_PERIOD_WORDS = ['quý', 'năm'] as const;
/**
 * Words of a map or a drawn plan before its scale: "tờ bản đồ tỷ lệ 1/2000", "đồ án quy hoạch chi tiết tỷ lệ 1/500", "bản vẽ
 * mặt bằng 1/1000" (a scale names the map or plan, it counts nothing).
 */
export const MAP_SCALE_WORDS = ['bản đồ', 'quy hoạch', 'đồ án', 'bản vẽ'] as const;
/**
 * Units naming a channel, never an amount: a station's frequency ("tần số 96,5 MHz"). A line's voltage ("đường dây 35 kV")
 * is a class too, but excluding it leaves "0,4" inside the name a figure's label reads ("512,7 km đường dây hạ áp 0,4 kV"),
 * and two such labels then clash in the repeated-value rule: kept out until labels read the class as part of the name.
 */
export const SPEC_UNITS = ['kHz', 'MHz', 'GHz'] as const;
/** Names of an emission standard written before its level ("xe buýt đạt tiêu chuẩn khí thải Euro 5"): a class, no count. */
export const EMISSION_STANDARD_NAMES = ['Euro', 'EURO'] as const;
/**
 * Price words that may close a name in quotes after its number ("Tủ bánh mì 0 đồng", "Siêu thị 0 đồng", "Bữa cơm 2.000
 * đồng"): the price is the charity's name, no amount paid.
 */
export const NAME_PRICE_UNITS = ['đồng'] as const;
/**
 * Words stating a frequency as the value of its subject ("Tần số phát sóng FM của Đài là 87,9 MHz", h223): the measured
 * quantity, a figure; a channel named by it ("phát trên tần số FM 98,5 MHz", h214; "trực canh trên tần số 7903 kHz", h63)
 * stays no amount.
 */
export const FREQUENCY_STATED_WORDS = ['là', 'đạt', 'bằng'] as const;
/**
 * Words naming a position on a map, whose value after them is a coordinate, no amount: "kinh tuyến trục 104°45'", "múi
 * chiếu 3°", "vĩ độ 21,5", "tọa độ 2 452 316" (a counted noun after the number, "cập nhật tọa độ 125 điểm", makes a count).
 */
export const COORDINATE_WORDS = ['tọa độ', 'kinh độ', 'vĩ độ', 'kinh tuyến', 'kinh tuyến trục', 'vĩ tuyến', 'múi chiếu'] as const;
/**
 * The axes of a plane coordinate system ("X(m): 2 452 316, Y(m): 486 275", "X = 2345678"), a capital letter alone, then its
 * unit in brackets or a coordinate word earlier in the sentence (a Roman ten, "Phần X: 12 …", has neither); and the units
 * written in the brackets.
 */
export const COORDINATE_AXES = ['X', 'Y'] as const;
export const COORDINATE_AXIS_UNITS = ['m', 'km'] as const;
/**
 * Power lines, stations and grids whose voltage in kV, written right after them, names their class ("đường dây 35 kV",
 * "trạm biến áp 110kV", "xuất tuyến 22 kV", "hạ áp 0,4 kV"): no amount, as a frequency names a channel. A voltage measured
 * ("điện áp cuối nguồn đạt 209 V") is one.
 */
/**
 * Weapons named by their calibre in millimetres, written right after them ("cối 60mm", "súng máy phòng không 12,7 mm",
 * "pháo 105 mm"): the number names the weapon's class, no amount.
 */
export const CALIBRE_WEAPON_WORDS = ['cối', 'súng cối', 'súng', 'súng máy', 'súng máy phòng không', 'đại liên', 'trung liên', 'pháo', 'pháo phòng không', 'đạn', 'đạn cối', 'đạn pháo'] as const;
/** The unit of a calibre ("mm", "ly"). */
export const CALIBRE_UNITS = ['mm', 'ly', 'li'] as const;
export const POWER_LINE_WORDS = [
  'đường dây', 'đường điện', 'trạm biến áp', 'trạm', 'tuyến', 'xuất tuyến', 'nhánh rẽ', 'lưới điện', 'lưới', 'trung áp', 'hạ áp', 'cao áp', 'trung thế',
  'hạ thế', 'cao thế', 'cấp điện áp', 'máy biến áp', 'cáp ngầm', 'TBA', 'MBA', 'ĐZ',
] as const;
/**
 * Words before "số N" that make N a count or a measure, never an id: "tổng số 31", "trong số 12", "dân số 9 824",
 * "sĩ số 35", "hệ số 2". Any other word before "số N" that closes its clause or cell names an item by its number
 * ("Cụm số 3", "Tổ dân phố số 2", "Cơ sở cai nghiện số 2", "bão số 3").
 */
export const COUNT_NUMBER_HEADS = ['tổng', 'trong', 'dân', 'thiểu', 'đa', 'sĩ', 'hệ', 'chỉ', 'tỷ', 'tỉ', 'con', 'chữ', 'với', 'có', 'là', 'cả', 'toàn', 'đạt', 'được', 'bằng', 'tăng', 'giảm', 'còn', 'lại', 'các', 'những', 'một'] as const;
/**
 * Words after "<noun> số N" that make N the item's number, the clause being about that item: "Khu vực bỏ phiếu số 5 là địa
 * bàn vùng cao", "Tổ số 3 có 45 hộ", "Trạm số 2 nằm ở …". Only link words and places: "Bắc thơm số 7 kết hợp …" is left as read.
 */
export const NUMBERED_ITEM_LINKS = ['là', 'của', 'thuộc', 'có', 'nằm', 'được', 'đã', 'đang', 'tại', 'ở', 'gồm'] as const;
/**
 * Verbs after "<noun> số N" whose first word is also a counted noun ("tổ" of "tổ chức"): the numbered item acts, nothing is
 * counted ("tổ số 3, số 7 tổ chức ít buổi sinh hoạt", "Đội Quản lý thị trường số 2 tổ chức kiểm tra").
 */
export const NUMBERED_ITEM_VERBS = ['tổ chức'] as const;
/**
 * Words joining "N … 1" in a combined product's name ("vắc xin 5 trong 1", "cà phê 3 in 1"): N things in one product, a
 * name, not a count (a span after the 1 is a count again: "2 trong 1 tháng").
 */
export const COMBINED_PRODUCT_JOINERS = ['trong', 'in'] as const;
/**
 * Units of temperature. A band of them ("duy trì 20-22°C", "dao động 18–25 độ C") is the range a setting is kept in or the
 * weather swings within, a condition, never an amount an audit compares; a single reading ("lên tới 39 °C") stays a figure.
 */
export const TEMPERATURE_UNITS = ['°C', '℃', '° C', 'độ C', '°F'] as const;
/**
 * Units of a blood pressure ("huyết áp từ 140/90 mmHg trở lên"): its two numbers over a slash are one reading, a threshold or a
 * patient's measure, never a part over a whole.
 */
export const PRESSURE_UNITS = ['mmHg', 'mm Hg', 'cmH2O'] as const;
/**
 * The word of a star rating ("sản phẩm OCOP đạt 4 sao", "khách sạn 2-3 sao"): one to five stars name a class, never an
 * amount an audit compares.
 */
export const STAR_RATING_WORDS = ['sao'] as const;
/**
 * Words that open a report's sentence or line ("Căn cứ Luật …", "Thực hiện Công văn …"): a pdf line run into the title
 * before it ("… xã Phước An Căn cứ Luật …") ends a place's name there, never extends it.
 */
export const LINE_OPENING_PHRASES = ['căn cứ', 'thực hiện', 'kính gửi', 'trên đây'] as const;
/** Streets and lanes of an address: "số 126 đường Nguyễn Trãi", "số 8 phố Hàng Bạc", "số 45 hẻm Lê Lai". */
export const STREET_WORDS = ['đường', 'phố', 'đại lộ', 'ngõ', 'ngách', 'hẻm', 'kiệt'] as const;
/** Words before a house number ("số 126", "số nhà 12"). */
export const HOUSE_NUMBER_WORDS = ['số nhà', 'số'] as const;
/** Roads a kilometre post stands on ("Km 18 Quốc lộ 37", "Km 7 đường tỉnh 291", "Km 3 QL1A"). */
export const ROAD_WORDS = ['quốc lộ', 'tỉnh lộ', 'huyện lộ', 'đường tỉnh', 'đường huyện', 'đường', 'QL', 'ĐT', 'cao tốc'] as const;
/**
 * Heads of a road's name closed by a number ("Đường Vành đai 4", "tuyến vành đai 3"): the number names the road, never
 * counts one — when the head is capitalised as a name or follows a road word (ROAD_NAME_LEADS); "có 4 tuyến vành đai"
 * counts them.
 */
export const ROAD_NAME_HEADS = ['vành đai'] as const;
/** Words before a road's name head that make it a name in lower case too ("đường vành đai 4", "dự án vành đai 3"). */
export const ROAD_NAME_LEADS = ['đường', 'tuyến', 'tuyến đường', 'dự án', 'nút giao', 'cầu'] as const;
/** Words whose number is an id, a period or a place's name, never a count: "Nghị quyết 15", "thôn 3", "Điều 5", "quý 2". */
/**
 * A ward's residential groups by their regional names, numbered: "khối 7" (Nghệ An, Hà Tĩnh), "khóm 3" (the Mekong delta).
 * Also a volume ("35 khối bê tông") and a grade ("khối 9"): only a number right after the word, no unit after it, names one.
 */
export const RESIDENTIAL_GROUP_WORDS = ['khối', 'khóm'] as const;
/**
 * Residential places and teams numbered in a run ("Cụm 1 (thôn 1, 2, 3)", "tổ 4, 5 và 6", "Đội 2"): every number after the
 * word, joined by commas or "và", names one of them, unless a counted noun or unit follows the last ("tổ 3, 45 hộ").
 */
export const NUMBERED_PLACE_RUN_WORDS = ['thôn', 'tổ', 'tổ dân phố', 'khu', 'khu phố', 'tiểu khu', 'xóm', 'ấp', 'buôn', 'làng', 'khóm', 'cụm', 'đội', 'TDP', 'KP'] as const;
/**
 * Words that end in a naming word of ID_WORDS and name no item by the number after them: verbs ("phân loại 13 hợp tác xã"
 * classifies thirteen, it names no "loại 13"; "biên mục 4.215 văn bản" catalogues them) and a list ("danh mục 21 khu đất" lists
 * twenty-one plots, no "mục 21").
 */
export const NAMING_WORD_VERBS = ['phân loại', 'phân nhóm', 'danh mục', 'biên mục'] as const;
export const ID_WORDS = [
  'nghị quyết', 'nghị định', 'quyết định', 'chỉ thị', 'kế hoạch', 'công văn', 'thông tư', 'đề án',
  'văn bản', 'chương trình hành động', 'chương trình', 'luật', 'tờ trình',
  'tổ công tác', 'ban chỉ đạo', 'dự án', 'hợp đồng', 'giấy phép', 'bão', 'điều', 'khoản', 'mục', 'điểm', 'phụ lục',
  'biểu mẫu', 'biểu', 'mẫu', 'bảng', 'bước', 'giai đoạn', 'tiêu chí', 'lần thứ', 'thứ', 'khóa',
  'khu phố', 'tổ dân phố', 'khu', 'thôn', 'xóm', 'ấp', 'bản', 'đội', 'tổ', 'phòng', 'tầng', 'lô',
  // Their initials: "TDP 3" (tổ dân phố), "KP 5" (khu phố).
  'TDP', 'KP',
  // Lanes of a street address: "ngõ 128 đường Trần Phú", "hẻm 45", "kiệt 12", "ngách 3".
  'ngõ', 'ngách', 'hẻm', 'kiệt',
  'quốc lộ', 'tỉnh lộ', 'huyện lộ', 'đường tỉnh', 'đường huyện', 'đường', 'phiên bản', 'version', 'quý', 'tuần', 'kỳ', 'đợt', 'hạng', 'loại',
  // Numbered military units: "Sư đoàn 316", "Trung đoàn 246", "Tiểu đoàn 3".
  'quân khu', 'quân đoàn', 'binh đoàn', 'sư đoàn', 'lữ đoàn', 'trung đoàn', 'tiểu đoàn',
  // A numbered region of a body: "Chi nhánh Khu vực 12", "Thuế cơ sở khu vực 4".
  'khu vực',
] as const;
/**
 * Nouns naming a thing by a code ("chuyên án 317V", "mã 120K"): digits run into a capital after them are the code, whatever
 * the letter, even one a unit is written with ("220V" alone is volts).
 */
export const CODE_NAMING_WORDS = ['chuyên án', 'mã số', 'mã hiệu', 'ký hiệu', 'số hiệu', 'mã'] as const;
/**
 * Initials of a document's kind written before its number and year: "NĐ 105/2020" (nghị định), "QĐ 12/2024", "TT 19/2023",
 * "NQ", "CT", "CV", "KH", "TB", "HD", "TTr" (tờ trình), "QH". Capitals only, and only before "number/year": "TT" is also a town.
 */
export const DOCUMENT_KIND_INITIALS = ['NĐ', 'NQ', 'QĐ', 'TT', 'TTLT', 'CT', 'CV', 'KH', 'TB', 'HD', 'HĐ', 'TTr', 'QH'] as const;
/**
 * Document kinds that are also verbs ("hướng dẫn 2.140 lượt người", "báo cáo 12 vụ việc"): their
 * number is an id only after "số", or when the word is capitalised as a title ("Kế hoạch 09").
 */
export const DOCUMENT_VERB_WORDS = ['kế hoạch', 'thông báo', 'báo cáo', 'hướng dẫn'] as const;
/**
 * Words before an id word that make it the tail of another noun: "kỷ luật" (discipline), "pháp luật" (the law at large) name no
 * numbered law, so "xử lý kỷ luật 02 công chức", "tuyên truyền pháp luật 15 buổi" count; "kim loại" (metal) names no class,
 * so "đồ kim loại 37 chiếc" counts.
 */
export const ID_COMPOUND_HEADS = ['kỷ', 'pháp', 'kim'] as const;
/** Nouns that make a number after a place or group word a count, not its name: "cán bộ thôn 19 người". */
export const ID_COUNTED_NOUNS = ['người', 'công dân', 'hộ', 'nhân khẩu', 'thành viên', 'cán bộ', 'đoàn viên', 'hội viên', 'lượt', 'học sinh', 'em', 'cháu', 'trường hợp', 'hồ sơ', 'vụ', 'liều', 'mũi', 'lao động', 'tàu', 'thuyền', 'giáo viên', 'nhân viên'] as const;
/** Words naming a branch of a body by its number, alone in brackets after the body's name: "Trường Cao đẳng Y tế (cơ sở 2)". */
export const BRANCH_NAME_WORDS = ['cơ sở', 'chi nhánh', 'phân hiệu'] as const;
/** Words after "đồng" that make it no currency but a word of its own: "96 đồng chí", "120 đồng bào", "đồng thời". */
export const DONG_WORD_TAILS = ['chí', 'bào', 'nghiệp', 'thời', 'ý', 'bộ', 'hồ', 'ruộng', 'loạt', 'đội', 'hành', 'tâm', 'minh', 'phục', 'cảm', 'lòng', 'môn', 'niên', 'hương'] as const;
/** Words after a number that make it an amount, never an id ("nông thôn 1,25 tỷ đồng", "tổ 3 triệu đồng"); "%" is added by the reader. */
export const AMOUNT_AFTER_WORDS = ['tỷ', 'triệu', 'nghìn', 'ngàn', 'đồng'] as const;
/** Plural words before a noun ("các loại", "mọi thôn"): the noun names kinds or places, not one numbered item. */
export const PLURAL_WORDS = ['các', 'mọi', 'những', 'nhiều'] as const;
/**
 * Words opening an exception to what each one has ("mỗi thôn 01 điểm, riêng thôn Đông 02 điểm", "trừ thôn Nam"): after such a
 * note, each place's share is no longer one number (src/extract/claims-per-place.ts).
 */
export const EXCEPTION_WORDS = ['riêng', 'trừ', 'ngoại trừ', 'ngoài ra', 'còn lại'] as const;
/** Distributive words before a noun ("mỗi thôn 03 buổi", "từng tổ 2 lượt"): each of them, so the number after it counts, it names no one item. */
export const DISTRIBUTIVE_WORDS = ['mỗi', 'từng'] as const;
/**
 * Words naming a category by a one-digit number ("đối tượng 3", "loại 1, 2, 3", "nhóm 2", "hạng 1", "bắn súng bài 1"), the
 * number alone or in a list of such numbers ("loại 1, 2 và 3"): a class, no count (a counted noun after it makes it one).
 */
export const CATEGORY_NUMBER_WORDS = ['đối tượng', 'loại', 'nhóm', 'hạng', 'bài'] as const;
/**
 * Nouns of the items of a plan or a set of criteria, named by their numbers in a run ("chỉ tiêu 5, 6 và 7", "tiêu chí 2
 * và 9", "nhiệm vụ 1, 3"): two numbers at least, the run closed by a bracket or a clause mark, each number one item's name.
 */
export const NUMBERED_ITEM_RUN_WORDS = ['chỉ tiêu', 'tiêu chí', 'nhiệm vụ', 'mục tiêu', 'nội dung', 'giải pháp'] as const;
/** Units of a length of time or an age ("3 năm", "2-3 tháng", "60 tuổi"). */
export const SPAN_UNITS = ['năm', 'tháng', 'tuần', 'ngày', 'giờ', 'tiếng', 'phút', 'giây', 'quý', 'tuổi', 'thập kỷ', 'thế kỷ'] as const;
/** Words naming a period by its number ("tháng 6", "quý II", "kỳ 2"). */
export const PERIOD_NAME_WORDS = ['tháng', 'năm', 'quý', 'kỳ'] as const;
/**
 * Words that place a period already named ("đầu kỳ", "trong kỳ", "cuối năm"): a number after them is no period's number
 * but a quantity of the period ("tồn đầu kỳ 640 liều", "nhập trong kỳ 1.200 liều").
 */
export const PERIOD_PLACE_WORDS = ['đầu', 'cuối', 'trong', 'giữa', 'cùng'] as const;
/** Words making a period word an adverb of frequency ("định kỳ 22 buổi": periodically, no numbered period). */
export const PERIODIC_WORDS = ['định'] as const;
/**
 * Words after a list of days that make them days of a month ("ngày 10, 25 hằng tháng", "ngày 5 và 20 mỗi tháng", "ngày 1, 15
 * tháng 6"): dates, not a count after the first day.
 */
export const DAY_LIST_MONTH_TAILS = ['hằng tháng', 'hàng tháng', 'mỗi tháng', 'trong tháng', 'của tháng', 'tháng'] as const;
/** The calendar a list of days is told in ("họp các ngày 2, 7 âm lịch"): the days are dates, not counts. */
export const DAY_CALENDAR_WORDS = ['âm lịch', 'dương lịch'] as const;
/** Period words that take a place word before them ("đầu kỳ", "cuối năm"); months and quarters keep their number ("cuối tháng 6"). */
export const PLACED_PERIOD_WORDS = ['kỳ', 'năm'] as const;
/**
 * Words before a span of dates that make it the window a report's figures are counted over ("số liệu tính từ ngày
 * 15/12/2023 đến ngày 14/12/2024", "kỳ báo cáo từ ngày 01/12/2023 đến ngày 31/5/2024"), which may open before the
 * period its title names ("năm 2024", "6 tháng đầu năm 2024").
 */
export const DATA_WINDOW_WORDS = ['số liệu được tính', 'số liệu tính', 'số liệu', 'kỳ báo cáo được tính', 'kỳ báo cáo tính', 'kỳ báo cáo'] as const;
/**
 * Signs of multiplication between two factors of a formula ("180 giường x 182 ngày", "12 lớp × 2 ca", "50 hộ nhân 12 tháng"):
 * a fraction over such a product is a/(b·c), not the fraction a/b (extract/read-figures.ts). Longest first.
 */
export const TIMES_SIGNS = ['nhân với', 'nhân', 'x', '×', '*'] as const;
/** Words of a range between two numbers ("2 đến 3 năm"), besides a dash. */
export const RANGE_WORDS = ['đến', 'tới'] as const;
/** Words of a level before its number, as a figure's id ("mức độ 4", "cấp độ 2"). */
export const LEVEL_NUMBER_WORDS = ['mức độ', 'mức', 'cấp độ', 'level'] as const;
/**
 * Words of a grade before a number with a letter of its sub-grade ("bệnh tay chân miệng độ 2a, 2b", "cấp độ 3b"): beside the
 * level words, the bare "độ" of a disease's grade, a level only with the letter (no amount is written "độ 2b").
 */
export const SUBGRADE_WORDS = [...LEVEL_NUMBER_WORDS, 'độ'] as const;
/**
 * What a level word may name between it and its number ("cấp độ rủi ro 3, 4", "mức cảnh báo 2", "cấp độ dịch 3"): the
 * thing graded, so the number after it is still the level, no amount.
 */
export const LEVELLED_THINGS = ['rủi ro thiên tai', 'rủi ro do thiên tai', 'rủi ro', 'cảnh báo', 'báo động', 'nguy cơ', 'dịch'] as const;
/**
 * Words of wind and storms before "cấp" ("bão cấp 10", "gió mạnh cấp 8", "giật cấp 12-13"): the grade of a scale up to 17
 * (Beaufort), so a two-digit number after "cấp" is that grade, no count issued.
 */
export const WIND_FORCE_WORDS = ['bão', 'siêu bão', 'cơn bão', 'áp thấp nhiệt đới', 'gió', 'gió mạnh', 'gió giật', 'sức gió', 'giật'] as const;
/**
 * Level words that are also a verb of issuing ("cấp 120 thẻ" issues cards): their one-digit number is a level ("kênh cấp 2,
 * cấp 3", "đường cấp 4", "cấp 1 và 2") only when no counted noun or unit follows and no aspect word ("đã cấp 3 …") opens them.
 */
export const ISSUE_LEVEL_WORDS = ['cấp'] as const;
/** Words before a school grade's number ("tuyển sinh lớp 10", "học sinh khối 9"): grades 1 to 12 name, they count nothing. */
export const SCHOOL_GRADE_WORDS = ['lớp', 'khối lớp'] as const;
/** Words right after "cấp N" that hand what was issued to someone ("cấp 5 cho hộ nghèo", "cấp 3 tới các thôn"): a count, no level. */
export const ISSUED_TO_WORDS = ['cho', 'tới', 'đến'] as const;
/**
 * Words right before a level word that make another word of it, no level: "định mức 27 giáo viên" (a norm), "hạn mức 50
 * triệu đồng" (a limit), "vượt mức 12 chỉ tiêu", "quá mức".
 */
export const LEVEL_COMPOUND_HEADS = ['định', 'hạn', 'vượt', 'quá'] as const;
/** Marks of a position along a road before "N+M" (lý trình: "Km 48+300", "K12+450"): a place, not a figure. */
export const CHAINAGE_MARKS = ['Km', 'KM', 'km', 'K'] as const;
/** Words that put a date after them: "từ 21/02", "đến 15/10", "hạn 30/6", "sáng 7/3". */
export const DATE_CUE_WORDS = [
  'ngày', 'từ', 'đến', 'tới', 'hạn', 'trước', 'sau', 'vào', 'kể từ', 'hết', 'đầu', 'cuối', 'giữa', 'sáng', 'chiều', 'tối', 'đêm', 'mùng', 'mồng', 'hôm',
] as const;
/**
 * Verbs and totals that state a quantity right after them ("đạt 2.15.640 trang", "lũy kế 3.4.120 lượt truy cập"): a number
 * after one of them with broken grouping is a quantity mistyped, whatever noun follows (src/extract/malformed-numbers.ts).
 */
export const QUANTITY_LEAD_WORDS = ['đạt', 'là', 'có', 'gồm', 'còn', 'chiếm', 'tổng số', 'tổng cộng', 'lũy kế', 'cộng dồn'] as const;
/** Words that put a figure after them: "đạt 05/05", "có 07/09". */
export const FIGURE_CUE_WORDS = ['đạt', 'có', 'là', 'được', 'chiếm', 'gồm', 'còn', 'bằng', 'tổng', 'trên', 'giải quyết', 'hoàn thành', 'thực hiện'] as const;

// ——— counted nouns (extract/counted.ts) ———

/**
 * Counted nouns and measure units: the words that make the number before them a quantity ("7/7 thôn" a fraction,
 * "ba mươi hộ" a count). A closed list on purpose: any lowercase word after a number is not a counted noun.
 */
export const COUNTED_NOUNS = [
  'người', 'hộ', 'hộ gia đình', 'hộ dân', 'hộ nghèo', 'hộ cận nghèo', 'nhân khẩu', 'khẩu', 'lao động', 'thành viên', 'cán bộ', 'công chức',
  'viên chức', 'nhân viên', 'đảng viên', 'đoàn viên', 'hội viên', 'học sinh', 'giáo viên', 'sinh viên', 'trẻ', 'trẻ em', 'em', 'cháu', 'bệnh nhân', 'đối tượng', 'đồng chí',
  'công dân', 'lượt', 'lượt người', 'hồ sơ', 'trường hợp', 'thủ tục', 'văn bản', 'tin', 'tin bài', 'bài', 'vụ', 'vụ việc', 'đơn', 'đơn thư',
  'kiến nghị', 'xã', 'phường', 'thị trấn', 'thôn', 'xóm', 'ấp', 'bản', 'tổ', 'khu phố', 'tổ dân phố', 'khu dân cư', 'cụm dân cư', 'làng', 'đội', 'nhóm', 'câu lạc bộ', 'trường',
  'trường học', 'lớp', 'phòng', 'điểm', 'điểm trường', 'trạm', 'cơ sở', 'cơ quan', 'đơn vị', 'doanh nghiệp', 'hợp tác xã', 'tổ hợp tác',
  'trang trại', 'cái', 'chiếc', 'con', 'căn', 'ngôi', 'nhà', 'máy', 'máy tính', 'bộ', 'thiết bị', 'camera', 'cụm loa', 'loa', 'xe', 'tuyến',
  'công trình', 'dự án', 'mô hình', 'sản phẩm', 'buổi', 'lần', 'cuộc', 'đợt', 'hội nghị', 'lớp tập huấn', 'chuyên đề', 'tài khoản', 'thuê bao',
  'chữ ký số', 'giấy', 'bản sao', 'phiếu', 'thẻ', 'sổ', 'ha', 'héc ta', 'hecta', 'sào', 'mẫu', 'km', 'm', 'mét', 'ki lô mét', 'kilômét', 'm2', 'm3',
  'mét vuông', 'mét khối', 'kg', 'ki lô', 'ki lô gam', 'kí', 'kí lô', 'gam', 'gram', 'tấn', 'tạ', 'yến', 'lít', 'mi li lít', 'ml', 'con giống',
  'cây', 'gốc', 'ô', 'lô', 'suất', 'tỷ đồng', 'triệu đồng', 'nghìn đồng', 'đồng', 'vôn', 'inch', 'liều', 'mũi', 'lọ',
  // printed matter handed out or hung up in a campaign ("in, phát 12.500 tờ rơi", "treo 320 băng rôn")
  'tờ rơi', 'tờ gấp', 'băng rôn', 'pa nô', 'áp phích', 'cuốn', 'quyển',
  // papers of tax and trade counted one by one ("xuất 12.480 hóa đơn", "nộp 3.215 tờ khai")
  'hóa đơn', 'tờ khai', 'chứng từ', 'biên lai',
  // medicines and supplies handed out by the piece or the pack ("cấp phát 12.480 viên", "phát 350 gói ORS", "1.200 vỉ thuốc")
  'viên', 'vỉ', 'ống', 'gói', 'hộp', 'chai',
  // cases of a disease, births, shifts counted in a health report ("lũy kế 9 tháng 31 ca", "ghi nhận 12 ca bệnh")
  'ca', 'ca bệnh',
  // subjects taught and sports played ("thi đấu 07 môn", "đạt huy chương ở 06/07 môn")
  'môn', 'môn học', 'môn thi đấu', 'môn thể thao',
] as const;

/**
 * Units goods are counted in when seized, destroyed or handed out ("thu giữ 2.400 bao thuốc lá", "tiêu hủy 320 thùng bia",
 * "phát 1.500 túi thuốc"): read only after a number whose separators are broken (extract/malformed-numbers.ts), where
 * any counted word makes the number a quantity.
 */
export const PACKED_GOODS_UNITS = ['bao', 'thùng', 'kiện', 'túi', 'lon', 'bình', 'can', 'két', 'tút', 'điếu', 'bánh', 'cuộn', 'tấm', 'đôi', 'bịch', 'khay'] as const;
/**
 * Units archives and printed records are counted in ("số hóa 42.650 trang", "chỉnh lý 04 mét giá tài liệu"): read, like
 * PACKED_GOODS_UNITS, only after a number whose separators are broken (extract/malformed-numbers.ts).
 */
export const RECORD_UNITS = ['trang', 'tờ', 'mét giá'] as const;

/**
 * Counted nouns and units that can take a fraction ("1,5 ha", "12,480 tấn", "2,5 tỷ đồng"): a number before them with one
 * mark and three digits may be a decimal in either style. Every other counted noun counts whole things, so "42,386 hộ"
 * groups thousands with its comma (English style) and "4.256 hồ sơ" with its dot (Vietnamese).
 */
export const DIVISIBLE_UNITS = [
  'ha', 'héc ta', 'hecta', 'sào', 'mẫu', 'km', 'm', 'mét', 'ki lô mét', 'kilômét', 'm2', 'm3', 'mét vuông', 'mét khối', 'kg', 'ki lô', 'ki lô gam',
  'kí', 'kí lô', 'gam', 'gram', 'tấn', 'tạ', 'yến', 'lít', 'mi li lít', 'ml', 'tỷ đồng', 'triệu đồng', 'nghìn đồng', 'đồng', 'vôn', 'inch', 'điểm',
  'lần',
] as const;
/**
 * Units of measure after a number ("mức 8,65 m", "mức 3 tấn"): the number is an amount measured, never a level's rank.
 * The divisible units without the scores and times ("điểm", "lần") that may follow a level too.
 */
export const MEASURE_UNITS: readonly string[] = DIVISIBLE_UNITS.filter((w) => w !== 'điểm' && w !== 'lần');
/** Counted nouns of whole things: COUNTED_NOUNS without the divisible units. */
export const WHOLE_COUNTED_NOUNS: readonly string[] = COUNTED_NOUNS.filter((w) => !(DIVISIBLE_UNITS as readonly string[]).includes(w));

// ——— units and labels of figures (extract/labels.ts) ———

/** Function words that end a unit or a noun phrase: verbs of reporting, prepositions, conjunctions (single words). */
export const UNIT_STOP_WORDS = [
  'đạt', 'đã', 'và', 'trong', 'của', 'được', 'với', 'trên', 'dưới', 'tại', 'cho', 'từ', 'đến', 'là', 'có', 'không', 'các', 'những', 'này', 'đó',
  'theo', 'về', 'để', 'khi', 'thì', 'mà', 'nhưng', 'hoặc', 'hay', 'so', 'như', 'gồm', 'bao', 'chiếm', 'bằng', 'trở', 'lên', 'ra', 'vào', 'mới',
  'lại', 'cũng', 'sẽ', 'đang', 'vẫn', 'còn', 'chưa', 'nên', 'do', 'vì', 'nếu', 'bị', 'tăng', 'giảm', 'ở', 'tới', 'sau', 'trước', 'giữa', 'ngoài',
  'nhằm', 'qua', 'đều', 'thuộc', 'hơn', 'khoảng', 'gần', 'tổng', 'riêng', 'cùng', 'tương', 'ứng', 'dành', 'trao',
] as const;
/** Nouns of two or three words that are one unit ("hồ sơ", "thủ tục hành chính"). */
export const COMPOUND_NOUNS = [
  'hồ sơ', 'vụ việc', 'vụ án', 'máy tính', 'trường hợp', 'cán bộ', 'công chức', 'văn bản', 'thủ tục', 'tin bài', 'thành viên', 'bệnh nhân', 'khu phố', 'tổ dân phố',
  'nhà văn hóa', 'thiết bị', 'máy in', 'máy chủ', 'băng rôn', 'hộ gia đình', 'hộ dân', 'doanh nghiệp', 'hợp tác xã', 'cơ quan', 'đơn vị',
  'chữ ký số', 'chứng thư số', 'tài khoản', 'cuộc họp', 'hội nghị', 'lớp tập huấn', 'cơ sở', 'trường học', 'tổ chức', 'điểm cầu', 'đường truyền',
  'dịch vụ', 'sản phẩm', 'lượt người', 'học sinh', 'giáo viên', 'cụm loa', 'thủ tục hành chính', 'phần mềm', 'camera', 'trẻ em',
  'giải pháp', 'giải thưởng', 'đoàn viên',
  // people in a criminal case: the first word alone is a function word ("bị" of the passive), the two are one noun
  'bị can', 'bị cáo', 'bị hại',
  // a taxpayer is a business, a household or a person: one noun, counted apart from "người" (labels.ts KINDS_OF)
  'người nộp thuế',
] as const;
/** One-word classifiers and counted nouns that need no second word to be a unit ("người", "trạm", "km"). */
export const UNIT_CLASSIFIERS = [
  'người', 'hộ', 'trạm', 'điểm', 'xã', 'lượt', 'cái', 'chiếc', 'bài', 'tin', 'lớp', 'thôn', 'ấp', 'bản', 'tổ', 'máy', 'buổi', 'lần', 'loa', 'cụm',
  'con', 'căn', 'phòng', 'ban', 'ngành', 'cấp', 'trang', 'tuyến', 'mắt', 'pano', 'hs', 'hồ', 'đợt', 'cuộc', 'chuyên', 'mục', 'nhóm', 'cửa', 'hàng',
  'chợ', 'tuyến', 'km', 'm', 'ha', 'em', 'cháu', 'trẻ', 'vụ', 'giải', 'ca',
  // delegations and teams ("09 đoàn đông người", "03 đoàn kiểm tra"); "đoàn viên" is a compound noun above
  'đoàn',
] as const;
/**
 * Words after a group noun that make it the person holding a place in that group: "tổ trưởng", "tổ phó", "tổ viên", "xã
 * viên", "ấp trưởng", "lớp phó". The two words are one unit, a count of people, never of the groups themselves.
 */
export const ROLE_SUFFIXES = ['trưởng', 'phó', PERSON_ROLE_SUFFIX] as const;
/** Words that join a label to its figure and are not part of the label ("… đạt tỷ lệ", "… là", "tổng số"). */
export const LABEL_CONNECTORS = [
  'là', 'đạt', 'chiếm', 'bằng', 'khoảng', 'trên', 'dưới', 'gần', 'hơn', 'có', 'với', 'tại', ...TOTAL_WORDS, 'gồm', 'được', ...RATE_WORDS, 'hiện có',
  'toàn xã', 'toàn phường',
] as const;
/** Words that head a label before its figure anywhere in a clause ("Tỷ lệ …", "Tổng số …", "Số lượng …"), with RATE_WORDS. */
export const LABEL_HEAD_WORDS = ['tổng số', 'số lượng'] as const;
/** Words that head a label only at the clause's start ("Số …", "Tổng …"). */
export const LABEL_START_WORDS = ['số', 'tổng'] as const;
/** Verbs that end a headed label ("Tỷ lệ hồ sơ trực tuyến đạt …"). */
export const LABEL_END_VERBS = ['đạt', 'chiếm', 'là', 'bằng'] as const;
/** Words opening the last comma-separated words before a figure that are not part of its label ("trong đó đăng ký mới 5"). */
export const SEGMENT_OPENERS = ['và', 'còn', 'trong đó', 'đó', 'gồm', 'trong', 'với'] as const;

// ——— parts stated inside a paragraph (extract/claims-inline.ts) ———

/**
 * Words that open a sentence announcing the breakdown of a whole stated just before ("Về cơ cấu, gồm: …", "Phân loại đơn
 * tiếp nhận mới, chia ra: …"): they frame the split and name nothing of their own.
 */
export const BREAKDOWN_FRAME_WORDS = ['về', 'cơ cấu', 'phân loại', 'số', 'tổng số', 'số lượng', 'cụ thể', 'chi tiết', 'trong đó'] as const;
/** Verbs of a breakdown's criterion, "theo" after them ("được phân theo nhóm tuổi", "chia theo lĩnh vực"): what follows is the criterion. */
/**
 * Words closing a breakdown's name with its criterion, the sources ("Kinh phí huy động từ các nguồn: ngân sách tỉnh …;
 * xã hội hóa …"): the colon after them announces the named amount split by where it came from, as "Phân theo nguồn:" does.
 */
export const SOURCE_CRITERION_TAILS = ['từ các nguồn', 'từ nhiều nguồn', 'theo nguồn', 'theo từng nguồn'] as const;
/** Verbs of getting between a breakdown's name and its sources ("tiền mặt tiếp nhận từ các nguồn"): no word of the name. */
export const SOURCE_GETTING_VERBS = ['tiếp nhận', 'huy động', 'vận động', 'thu hút', 'nhận được', 'nhận', 'thu được', 'thu', 'được'] as const;
/**
 * Criteria a breakdown is told by, that a bare "Theo" opening a sentence may name with no verb before it ("Theo thị
 * trường: Nhật Bản …", "Theo hình thức đi: …"): "Theo" then means "by", never "according to" (a report, a decision).
 */
export const BREAKDOWN_CRITERION_NOUNS = [
  'thị trường', 'hình thức', 'độ tuổi', 'nhóm tuổi', 'giới tính', 'lĩnh vực', 'loại hình', 'ngành nghề', 'địa bàn', 'đối tượng', 'trình độ', 'quy mô', 'tính chất',
] as const;
export const BREAKDOWN_BY_VERBS = ['phân', 'chia', 'xét', 'phân chia', 'phân loại', 'thống kê', 'tổng hợp'] as const;
/**
 * Verbs that open a sentence classifying a whole by its own noun, a colon after it ("Phân loại nợ: nợ có khả năng thu …, nợ
 * khó thu …"): the colon announces a breakdown covering that whole, like a criterion's ("Phân theo …:").
 */
export const CLASSIFYING_VERBS = ['phân loại'] as const;
/**
 * Words inside a breakdown's name that link its noun to what qualifies it ("số lao động có việc làm mới", "số hộ được hỗ
 * trợ"): the amount the name frames may state the same without them ("giải quyết việc làm mới cho 2 650 lao động").
 */
export const NAME_LINK_WORDS = ['có', 'được'] as const;
/** "bao gồm cả", "trong đó có cả": words after a connector that make the parts examples, never the whole split. */
export const INCLUDING_WORDS = ['cả', 'kể cả'] as const;
/**
 * Words that make a subject name several things at once ("tỷ lệ hộ văn hóa, thôn văn hóa đều vượt …", "tỷ lệ A và B …"):
 * one value found for all their words together belongs to none of them.
 */
export const SEVERAL_SUBJECT_WORDS = ['và', 'cùng', 'đều', 'lần lượt'] as const;
/** Words separating parts in a list, besides "," and ";" ("100 hộ và 20 hộ"). */
export const PART_SEPARATOR_WORDS = ['và', 'cùng'] as const;
/** Words joining the last number of a run of members' numbers under one head noun ("thôn 2, 5 và 7"). */
export const NUMBER_RUN_JOINERS = ['và'] as const;
/** Words opening a clause that goes on after a list of items, never an item of it ("…; đồng thời …", "…; qua đó …"). */
export const LIST_CLAUSE_WORDS = ['đồng thời', 'qua đó', 'từ đó', 'tuy nhiên', 'bên cạnh đó'] as const;
/** Sources of money: money split by where it came from ("ngân sách huyện …; nguồn xã hội hóa …") covers the whole amount. */
export const FUNDING_WORDS = ['ngân sách', 'vốn', 'nguồn', 'xã hội hóa', 'huy động', 'đóng góp', 'tài trợ'] as const;
/** Words opening a segment that make it a new clause, not a part ("đã …", "tăng …", "đảm bảo …"). */
export const CLAUSE_OPENING_WORDS = [
  'đã', 'được', 'đạt', 'chiếm', 'tăng', 'giảm', 'là', 'với', 'so', 'bằng', 'nâng', 'còn', 'đang', 'sẽ', 'nhưng', 'tuy', 'song', 'góp', 'đảm bảo',
  'hoàn thành', 'thực hiện', 'tổ chức', 'triển khai',
] as const;
/**
 * Clause words that, opening every part of a breakdown alike, name its members instead of opening a new clause ("trong đó
 * hoàn thành tốt 40 người, hoàn thành 12 người", "đã cấp 30 giấy, đã thu hồi 2 giấy"); words of change, comparison or
 * share ("tăng", "so", "chiếm") are never read so.
 */
export const PARALLEL_PART_OPENERS = ['hoàn thành', 'đã', 'được', 'đang', 'thực hiện', 'tổ chức', 'triển khai', 'đảm bảo'] as const;
/**
 * Two thresholds of one measure that split everything between them ("dưới 15 tuổi" / "từ 15 tuổi trở lên", "trên 5 năm" /
 * "từ 5 năm trở xuống"): the first member's word before the number, then the second's before it and after its unit.
 */
export const COMPLEMENT_THRESHOLDS: ReadonlyArray<{ below: string; from: string; beyond: string }> = [
  { below: 'dưới', from: 'từ', beyond: 'trở lên' },
  { below: 'trên', from: 'từ', beyond: 'trở xuống' },
];
/** Words after which a part's words describe the whole instead of naming a part ("được …", "đã …"). */
export const DESCRIBING_WORDS = ['được', 'đã'] as const;
/** Connectors whose parts cover the whole ("gồm", "cụ thể", "chia ra"), matched inside the connector read. */
export const EXHAUSTIVE_CONNECTORS = ['gồm', 'cụ thể', 'chia ra'] as const;
/** Verbs before a figure that make it a difference, never a whole ("giảm 02 vụ", "vượt 5 hộ"), and the words after them ("tăng thêm"). */
export const DIFFERENCE_VERBS = [...CHANGE_VERBS, 'vượt'] as const;
export const DIFFERENCE_TAILS = ['thêm', 'được'] as const;
/** Words after a plan word before its figure ("kế hoạch năm", "chỉ tiêu được giao", "mục tiêu đề ra"). */
export const PLAN_BASE_TAILS = ['năm', 'được giao', 'giao', 'đề ra'] as const;
/** Words of a capacity, what a thing can hold or handle, not what it did ("công suất thiết kế 100 tấn/ngày", "sức chứa 500 chỗ"). */
export const CAPACITY_WORDS = ['công suất', 'sức chứa', 'quy mô thiết kế'] as const;
/** Words of a quota, the number a unit is allowed or assigned, not what it has ("định mức 32 người", "biên chế được giao 25"). */
export const QUOTA_WORDS = ['định mức', 'số lượng được giao'] as const;
/**
 * Words in a bracket that make it an aside comparing with another time, stating a change, a capacity, a plan or a quota
 * ("(giảm 02 vụ so với cùng kỳ)", "Khu xử lý (công suất 100 tấn/ngày), gồm …": the parts split what the place handled, not
 * its capacity; "có 24 người (được giao 25 người), gồm …": the parts split who are there, not the quota).
 */
export const ASIDE_WORDS = [...COMPARED_WITH, ...EARLIER_PERIOD_WORDS, ...CHANGE_VERBS, ...EXCEED_WORDS, ...CAPACITY_WORDS, ...PLAN_WORDS, ...QUOTA_WORDS] as const;
/**
 * Comparatives before a bracketed amount that is another's value ("thấp hơn thị xã An Nhơn (54 trường hợp)", "nhiều hơn
 * năm trước (12 vụ)"): the amount in the bracket is what the report's own is measured against, never a whole it splits.
 */
export const RIVAL_COMPARATIVES = [...HIGHER_WORDS, ...LOWER_WORDS, 'nhiều hơn', 'ít hơn'] as const;

// ——— table rows (extract/table-rows.ts) ———

/**
 * Words opening the label of a row that totals the table or its block ("Tổng cộng", "Tổng số", "Cộng"); "Total" too, the
 * label of a supplier's or contractor's table quoted as written.
 */
export const TOTAL_ROW_LABELS = ['tổng cộng', 'tổng số', 'tổng', 'cộng', 'total'] as const;
/**
 * Row labels naming the whole of the area or body the rows split, with no total word: "Toàn xã", "Toàn thị xã", "Toàn
 * trường" under rows of its hamlets, communes or grades. Only the label alone, so "Toàn xã Tân An" stays a data row.
 */
export const WHOLE_SCOPE_ROW_LABELS = [
  'toàn xã', 'toàn phường', 'toàn thị trấn', 'toàn huyện', 'toàn quận', 'toàn thị xã', 'toàn thành phố', 'toàn tỉnh', 'toàn trường', 'toàn ngành', 'toàn đơn vị',
] as const;
/**
 * Words of a total row that adds only some of the rows above it: a range of their STT ("Cộng (từ 2 đến 10)", "Cộng các
 * xã từ 5 - 9"), or the rest after some ("Cộng các xã còn lại"). Such a subtotal is checked against the rows it names, or
 * not at all, never against the whole table.
 */
export const SUBSET_RANGE_FROM = ['từ', 'stt'] as const;
export const SUBSET_RANGE_TO = ['đến', 'tới', '-', '–', '÷'] as const;
export const SUBSET_REST_WORDS = ['còn lại', 'khác'] as const;
/** Words after a total word that still leave the label a bare total ("Cộng toàn xã", "Tổng các thôn"); "chung" is added by the reader. */
export const BARE_TOTAL_SCOPES = ['toàn', 'các'] as const;
/** Words before an administrative level that make a table row the whole unit's total: "Toàn xã", "Cả huyện" (after the units' rows). */
export const WHOLE_UNIT_ROW_LEADS = ['toàn', 'cả'] as const;
/**
 * Words that make a total word the first syllable of another noun: "Cộng đồng thôn Khe Mơ" (a community), "Cộng tác viên",
 * "Tổng đài", "Tổng kho": such a row label names a data row, never a total.
 */
export const TOTAL_WORD_COMPOUNDS = ['cộng đồng', 'cộng tác', 'cộng hòa', 'cộng hoà', 'cộng sản', 'cộng sự', 'cộng hưởng', 'tổng đài', 'tổng kho', 'tổng công ty', 'tổng cục', 'tổng đội'] as const;
/**
 * Words before the counted noun a row label opens with ("Số người được tiếp", "Tổng số đơn tiếp nhận", "Số lượng hộ …"):
 * they say "the number of", and the noun after them is what the row counts.
 */
export const ROW_COUNT_LEADS = ['tổng số', 'tổng cộng', 'tổng', 'số lượng', 'số'] as const;
/** Counted nouns a row label may open with besides COUNTED_NOUNS: "Đoàn đông người", "Số đoàn kiểm tra". */
export const ROW_EXTRA_NOUNS = ['đoàn'] as const;
/**
 * Counted nouns of people ("Cán bộ", "Công chức", "Học sinh"): rows counting any of them add up to a total of "người", so
 * they are one kind of counted noun when a total's noun is held against its rows'.
 */
export const PEOPLE_COUNTED_NOUNS = [
  'người', 'công dân', 'người dân', 'nhân khẩu', 'khẩu', 'lao động', 'thành viên', 'cán bộ', 'công chức', 'viên chức', 'đảng viên', 'đoàn viên',
  'hội viên', 'học sinh', 'giáo viên', 'sinh viên', 'trẻ', 'trẻ em', 'em', 'cháu', 'bệnh nhân', 'đối tượng', 'đồng chí',
] as const;
/**
 * Who goes through a course of COURSE_VERBS, named right after its verb ("Huấn luyện dân quân năm thứ nhất 15 ngày", "tập
 * huấn cho nhân viên y tế 02 ngày"): with at most four words qualifying them, the span after is still how long the course
 * lasted. A topic after the verb ("tập huấn nghiệp vụ 05 ngày") is none of these, and leaves the span unread.
 */
export const COURSE_TRAINEE_NOUNS = [
  ...PEOPLE_COUNTED_NOUNS, 'dân quân', 'tự vệ', 'quân nhân', 'chiến sĩ', 'tân binh', 'học viên', 'nhân viên', 'người bệnh', 'lực lượng',
] as const;

// ——— tables (extract/tables.ts) ———

/** Joining words inside a label's closing parenthesis that make it no unit ("(nam và nữ)", "(nếu có)"), as whole words between spaces. */
export const NOT_A_UNIT_JOINS = ['và', 'hoặc', 'nếu'] as const;
/**
 * Words opening a part of a label's closing parenthesis that make it no unit ("(trong đó nữ)", "(gồm …)", "(ghi rõ …)",
 * "Thu tiền sử dụng đất (phần xã hưởng)": the share of a budget level).
 */
export const NOT_A_UNIT_WORDS = ['nếu có', 'trong đó', 'chia ra', 'gồm', 'ghi rõ', 'phần'] as const;

// ——— a formula's result (extract/claims-balance.ts) ———

/** Words that set a value equal to the formula before it ("(tổng thu trừ tổng chi) là …"). */
export const RESULT_IS_WORDS = ['là', 'bằng', 'đạt'] as const;

// ——— a budget's balance named, its formula left unsaid (extract/claims-budget-balance.ts) ———

/** Words opening the name of what a budget keeps after its spending: revenue − spending ("kết dư ngân sách xã năm 2024"). */
export const BUDGET_SURPLUS_WORDS = ['kết dư'] as const;
/** Words opening the name of revenue less spending with no sign said ("chênh lệch thu chi"): read only when revenue is larger. */
export const BUDGET_DIFFERENCE_WORDS = ['chênh lệch thu chi', 'chênh lệch thu - chi', 'chênh lệch giữa thu và chi'] as const;
/** Words opening the name of what a budget spends beyond its revenue: spending − revenue ("bội chi ngân sách tỉnh"). */
export const BUDGET_DEFICIT_WORDS = ['bội chi'] as const;
/** Words opening the name of a budget's total revenue ("Tổng thu ngân sách xã năm 2024"). */
export const BUDGET_TOTAL_IN_WORDS = ['tổng thu'] as const;
/** Words opening the name of a budget's total spending ("Tổng chi ngân sách xã năm 2024"). */
export const BUDGET_TOTAL_OUT_WORDS = ['tổng chi'] as const;
/**
 * Words opening the name of what a budget holds at a day, told in one sentence after its total revenue and total spending
 * ("Tổng thu ngân sách xã … , tổng chi …; tồn quỹ ngân sách xã đến ngày 30/6/2025 là …"): revenue − spending, as "kết dư"
 * (extract/claims-budget-passage.ts).
 */
export const BUDGET_HELD_WORDS = ['tồn quỹ', 'số dư'] as const;
/**
 * The noun a budget's name opens with ("ngân sách xã"): a state budget counts last year's surplus among its revenue, so what
 * it holds is its revenue less its spending; a fund's balance ("số dư quỹ") also carries its opening balance, left unread.
 */
export const BUDGET_NOUNS = ['ngân sách'] as const;
/**
 * Words that end a budget's name in the name of its total or balance, where the period or the state of the figure begins
 * ("ngân sách xã | ước thực hiện", "ngân sách xã | đến ngày 30/6/2025", "ngân sách huyện | năm 2024").
 */
export const BUDGET_NAME_ENDS = [
  'ước thực hiện', 'ước', 'thực hiện', 'tính đến', 'đến', 'tới', 'hết', 'năm', 'tháng', 'quý', 'kỳ', 'trong', 'là', 'đạt', 'tại', 'lũy kế', 'cả năm',
  'giai đoạn', 'từ', 'đã', 'được',
] as const;
/** Words naming spending carried over to the next year ("chi chuyển nguồn sang năm 2025"), which a balance may leave out. */
export const CARRIED_OVER_WORDS = ['chuyển nguồn'] as const;

// ——— received and resolved files (extract/claims-bullets.ts) ———

/** Verbs of a file or petition dealt with ("giải quyết", "trả kết quả", "xử lý"). */
export const RESOLVED_WORDS = ['giải quyết', 'trả kết quả', 'xử lý'] as const;
/** Words before a deadline noun that say when a file was settled against it ("trước hạn", "đúng hẹn", "quá hạn", "trễ hẹn"). */
export const DEADLINE_TIMING_WORDS = ['trước', 'đúng', 'quá', 'trễ', 'chậm'] as const;
/** A deadline or an appointment ("hạn", "hẹn"), after DEADLINE_TIMING_WORDS. */
export const DEADLINE_NOUNS = ['hạn', 'hẹn'] as const;

// ——— lists of names (extract/claims-lists.ts) ———

/** Words between a count and its colon that say the names after it are of something else ("06 chữ ký số cho các chức danh: …"). */
export const FOREIGN_NAME_WORDS = ['cho', 'của', 'với', 'để', 'về', 'tại', 'từ', 'đến', 'trên', 'ở', 'theo', 'thuộc', 'trong'] as const;
/**
 * Verbs opening with a word of FOREIGN_NAME_WORDS ("về đích sớm các nhà đăng ký": reached the goal early on the houses): no
 * relation word, so the things after them are the counted things' object, not a holder of the names listed.
 */
export const FOREIGN_WORD_VERBS = ['về đích'] as const;
/**
 * Words right before a count that make it the subject of its clause ("Có 03 thôn …", "còn 04 hộ …"): the predicates after its
 * noun, commas between them, all describe the counted things.
 */
export const COUNTED_SUBJECT_LEADS = ['có', 'còn'] as const;
/**
 * Words opening a comma's segment after a counted noun that start another subject, a subset or examples, no further
 * description of the counted things ("03 thôn đạt chuẩn, trong đó …", "…, điển hình là: …", "…, còn lại là: …").
 */
export const DESCRIPTION_BREAK_WORDS = [
  'trong đó', 'trong số đó', 'riêng', 'ngoài ra', 'bên cạnh đó', 'còn', 'còn lại', 'điển hình', 'tiêu biểu', 'nổi bật', 'cụ thể',
  'nhất là', 'đặc biệt', 'như', 'nhưng', 'tuy nhiên', 'song', 'trừ', 'ngoại trừ', 'đồng thời', 'qua đó', 'từ đó', 'do đó',
  'vì vậy', 'trong khi', 'bao gồm cả', 'số',
] as const;
/** Units of a span of years or months describing counted things ("3 năm liên tục", "6 tháng"). */
export const YEAR_MONTH_UNITS = ['năm', 'tháng'] as const;
/** Words that make a list of names open, examples never to be counted ("như", "khác", "một số", "nhất là"). */
export const OPEN_LIST_WORDS = ['như', 'khác', 'một số', 'chủ yếu', 'phần lớn', 'đa số', 'nhất là', 'đặc biệt là', 'ví dụ'] as const;
/**
 * Words closing a counted noun right before its colon that say which things are counted, the main ones ("03 nguyên nhân chủ
 * yếu: …", "05 nhiệm vụ trọng tâm: …", "03 lỗi phổ biến: …"): the list after them is all of those, not examples, though OPEN_LIST_WORDS holds the
 * word; over bullets, each bullet is one of them, as under "… sau:".
 */
export const COUNTED_MAIN_WORDS = ['chủ yếu', 'trọng tâm', 'trọng điểm', 'phổ biến'] as const;
/** Words naming the rest of a breakdown ("mâu thuẫn khác 36 vụ", "còn lại 12 hộ"): a last part that closes it, covering the whole. */
export const REMAINDER_WORDS = ['khác', 'còn lại'] as const;
/**
 * Nouns counting kinds, not things ("04 hình thức", "05 môn", "03 lĩnh vực"): each kind named after the count is one of them,
 * never several, as "05 lớp dạy nghề: may, điện" may be several classes of one trade.
 */
export const COUNTED_KIND_NOUNS = [
  'hình thức', 'phương thức', 'môn', 'loại', 'loại hình', 'lĩnh vực', 'nội dung', 'nguyên nhân', 'chuyên đề', 'chủ đề', 'giải pháp',
  'nhóm giải pháp', 'tiêu chí', 'nhóm nhiệm vụ',
  // The parts a body is made of ("Ban chỉ đạo gồm 04 thành phần: …"): each a kind of member, none two of one.
  'thành phần',
  // A model of production or of work, named by what it grows, raises or does ("05 mô hình trình diễn: lúa chất lượng cao J02,
  // nuôi bò lai vỗ béo, …"): each named once. Models grouped by kind carry each kind's own size ("mô hình lúa 25 ha, …"), a
  // number no list of kinds holds (readKindList).
  'mô hình',
] as const;
/**
 * Nouns counting groups ("04 nhóm nội dung", "03 mảng công tác"): each item named after the count is a group, whose own
 * members are joined inside it by commas and "và" ("chuyển đổi số và cải cách hành chính" is one group's two topics).
 */
export const COUNTED_GROUP_NOUNS = ['nhóm', 'mảng', 'khối'] as const;
/** Classifiers that make a name with a number after them ("thôn 3", "Tổ 12", "lớp 9A", "quý II"). */
export const NUMBERED_NAME_WORDS = [
  'thôn', 'tổ', 'tổ dân phố', 'khu', 'khu phố', 'xóm', 'ấp', 'bản', 'buôn', 'làng', 'lớp', 'đội', 'cụm', 'điểm', 'trạm', 'phòng', 'nhà', 'số', 'khối',
  'tiểu khu', 'dãy', 'khoa', 'trường', 'lô', 'tuyến', 'đường', 'ngõ', 'hẻm', 'kiệt', 'phường', 'quận', 'chi đoàn', 'chi hội', 'chi bộ', 'đơn vị', 'mục',
  'điều', 'khoản', 'giai đoạn', 'đợt', 'kỳ', 'quý', 'tháng', 'tuần', 'phân hiệu', 'điểm trường', 'tòa',
  // Roads by their class and number ("Quốc lộ 20", "ĐT.725", "đường huyện 12").
  'quốc lộ', 'tỉnh lộ', 'huyện lộ', 'đường tỉnh', 'đường huyện', 'ql', 'đt', 'đh', 'tl',
  // Programmes known by their number ("Đề án 06", "Chương trình 135").
  'đề án', 'chương trình',
] as const;
/**
 * Capitalised words opening a body's name, which may join two fields with "và" ("Phòng Văn hóa và Thông tin"); compared
 * case-sensitively. "Uỷ ban" is spelled out: `spellings` moves tones in lower- or upper-case syllables only, not "Ủy".
 */
export const BODY_NAME_WORDS = [
  'Phòng', 'Trung tâm', 'Ban', 'Sở', 'Hội', 'Ủy ban', 'Uỷ ban', 'Văn phòng', 'Trường', 'Công ty', 'Bộ', 'Cục', 'Chi cục', 'Đài', 'Bệnh viện', 'Ngân hàng', 'Tổ', 'Trạm', 'Hợp tác xã',
] as const;
/** Words inside a body's name that open its field, not a relation to a place: "Ban Chỉ đạo liên ngành về an toàn thực phẩm huyện X". */
export const BODY_TOPIC_WORDS = ['về'] as const;
/**
 * Common nouns whose first word is a body's (BODY_NAME_WORDS) but which name no body: "Trường học và Y tế" (two criteria),
 * "Tổ chức và hoạt động", "Hội nghị và tập huấn". Read case-blind, as a list may capitalise its items.
 */
export const BODY_WORD_COMPOUNDS = [
  'trường học', 'tổ chức', 'hội nghị', 'hội thảo', 'hội thi', 'hội diễn', 'hội chợ', 'ban hành', 'bộ máy', 'phòng chống', 'phòng, chống', 'phòng ngừa', 'phòng cháy', 'phòng dịch',
] as const;
/**
 * Capitalised words opening the name of a working unit numbered by "số N" ("Đội Quản lý thị trường số 2", "Đoàn kiểm tra
 * số 3", "Tổ công tác số 2", "Trường Tiểu học số 1"): such a number names the unit whatever verb follows it ("… số 2 xử
 * lý", "… số 4 phối hợp"). Compared case-sensitively: a lower-case "đoàn", "tổ" is no name.
 */
export const NUMBERED_UNIT_HEADS = [...BODY_NAME_WORDS, 'Đội', 'Đoàn', 'Cụm', 'Nhóm', 'Chi nhánh', 'Chi hội', 'Chi đoàn', 'Chi bộ', 'Xí nghiệp', 'Nhà máy', 'Điểm trường', 'Khu vực'] as const;
/**
 * Lower-case kinds of site or work that a proper name follows and that number their siblings after the name ("khu tái
 * định cư Hòa Minh 2", "cụm công nghiệp Thanh Cao 2", "thôn Phú Hòa 1", "trạm bơm Đồng Văn 3", "cầu Tuyên Sơn 2"). Not
 * administrative units ("phường", "xã"), whose names carry no such number.
 */
export const NUMBERED_SITE_KINDS = [
  'khu', 'khu dân cư', 'khu tái định cư', 'khu đô thị', 'khu công nghiệp', 'cụm công nghiệp', 'cụm dân cư', 'khu phố', 'tổ dân phố', 'thôn', 'ấp',
  'bản', 'xóm', 'làng', 'khóm', 'buôn', 'chợ', 'cầu', 'trạm', 'trạm bơm', 'trạm biến áp', 'hồ', 'hồ chứa', 'đập', 'kênh', 'cống', 'chung cư', 'nhà máy',
  'thủy điện', 'điểm trường', 'khu vực', 'cánh đồng', 'mỏ', 'bến',
] as const;
/**
 * Names of a field (a ministry's, a department's, a sector of procedures) that join two words with "và": one item of a
 * list, never two ("đất đai, hộ tịch, lao động - thương binh và xã hội"). Read case-blind. Only names no list would part:
 * "Văn hóa và Thể thao" may be two fields of a list, and stays out.
 */
export const FIELD_AND_NAMES = [
  'thương binh và xã hội', 'tài nguyên và môi trường', 'nông nghiệp và phát triển nông thôn', 'thông tin và truyền thông', 'khoa học và công nghệ',
  'giáo dục và đào tạo', 'kế hoạch và đầu tư',
  // The police's fire service: one field whose two halves each join two words with a comma ("PCCC và CNCH").
  'phòng cháy, chữa cháy và cứu nạn, cứu hộ', 'phòng cháy chữa cháy và cứu nạn cứu hộ', 'PCCC và CNCH',
] as const;
/** Besides BODY_NAME_WORDS, words opening a new name after "và", in any case ("và xã B", "và ông C"). */
export const NEW_NAME_WORDS = ['UBND', 'xã', 'phường', 'thị trấn', 'thôn', 'tổ', 'khu', 'trường', 'ông', 'bà', 'hộ'] as const;
/**
 * Capitalised heads of a body's name that never open a field joined inside another body's name by "và" (as "Đào tạo" does in
 * "Sở Giáo dục và Đào tạo"): after "và" they open a second body ("Hội Cựu chiến binh và Đoàn Thanh niên", "Trung tâm Y tế
 * và Công an huyện"). Compared case-sensitively: a lower-case "đoàn", "đội" is no name ("và đoàn viên").
 */
export const NEW_BODY_WORDS = [
  'Đoàn', 'Đội', 'Mặt trận', 'Liên đoàn', 'Liên minh', 'Công an', 'Viện', 'Viện kiểm sát', 'Tòa án', 'Toà án', 'Kho bạc', 'Chi nhánh', 'Chi hội', 'Chi đoàn',
  'Chi bộ', 'Xí nghiệp', 'Nhà máy', 'Huyện đoàn', 'Tỉnh đoàn', 'Thành đoàn', 'Quận đoàn',
] as const;
/** Words naming a person before the name ("đồng chí Trần Văn A", "bà Lê Thị B"). */
export const PERSON_HONORIFICS = ['đồng chí', 'ông', 'bà', 'anh', 'chị'] as const;
/** Nouns naming a household by its head before the honorific ("hộ ông Lê Văn A", "gia đình bà Trần Thị B"). */
export const HOUSEHOLD_OF_WORDS = ['hộ', 'hộ gia đình', 'gia đình'] as const;
/**
 * Words opening a post, which after a person's name and a comma is that person's apposition, not another name:
 * "đồng chí Trần Văn A, Chủ tịch Hội Nông dân xã", "bà Lê Thị B, Phó Chủ tịch UBND xã; ông C, công chức Tư pháp".
 */
export const POST_TITLE_WORDS = [
  'chủ tịch', 'phó', 'bí thư', 'trưởng', 'giám đốc', 'chánh', 'chỉ huy', 'hiệu trưởng', 'công chức', 'cán bộ', 'viên chức', 'nhân viên',
  'giáo viên', 'bác sĩ', 'y sĩ', 'kế toán', 'thủ quỹ', 'chủ nhiệm', 'ủy viên', 'uỷ viên', 'thành viên', 'nguyên', 'tổ trưởng', 'đội trưởng',
  'chi hội trưởng', 'trạm trưởng', 'thôn trưởng', 'trưởng thôn', 'cán bộ chuyên trách', 'người hoạt động không chuyên trách',
] as const;

// ——— dates (extract/dates.ts) ———

/** Months spelled out in a run of months of a year ("sáu tháng đầu năm 2024"), with their number. */
export const MONTH_RUN_NUMBERS: Readonly<Record<string, number>> = { ba: 3, sáu: 6, chín: 9 };
/** The start or the end of a period ("6 tháng đầu năm", "3 tháng cuối năm"). */
export const START_END_WORDS = ['đầu', 'cuối'] as const;
/** Words before "năm 2025" that make the year an end point, a horizon or a reference, not the period ("đến năm 2025", "tầm nhìn năm 2030"). */
export const YEAR_NOT_PERIOD_WORDS = ['đến', 'tới', 'giai đoạn', 'tầm nhìn', 'sau', 'trước'] as const;
/** Words between what is dated and its date that belong to neither ("vào", "sáng ngày", "từ", "tại"). */
export const DATE_LEAD_WORDS = ['vào', 'sáng', 'chiều', 'tối', 'trưa', 'ngày', 'từ', 'trong', 'tại'] as const;

// ——— a fraction and its percent (extract/figures.ts) ———

/** Words between a fraction and a percent that make the percent the fraction's own (", đạt tỷ lệ 100%", "tương ứng"); "=" and "(" are added by the reader. */
export const OWN_PERCENT_CONNECTORS = ['đạt', 'chiếm', 'bằng', ...RATE_WORDS, 'tương đương', 'tương ứng', 'ứng với'] as const;
/** Words that make the next percent a goal or a comparison, not a fraction's own value ("vượt chỉ tiêu (75%)"); "giao" as a whole word is added by the reader. */
export const GOAL_OR_COMPARISON_WORDS = [...TARGET_WORDS, 'phấn đấu', 'so với', 'cùng kỳ'] as const;
/** Words after "giao" that make it another word than "assigned" ("giao thông", "giao lưu", "giao dịch"). */
export const NOT_ASSIGNED_GIAO_TAILS = ['thông', 'lưu', 'dịch', 'tiếp', 'thoa', 'diện', 'ban'] as const;

// ——— indicators in running text (extract/indicator-sentences.ts, indicator-match.ts) ———

/**
 * Words opening the title of a section whose figures are targets, not results ("Phương hướng, nhiệm vụ …", "Một số
 * nhiệm vụ …", "Kiến nghị, đề xuất"), for indicators; matched as prefixes of the title.
 */
export const TARGET_SECTION_OPENERS = ['phương hướng', 'mục tiêu', 'nhiệm vụ', 'một số nhiệm vụ', 'kiến nghị', 'đề xuất', 'giải pháp'] as const;
/** Words after a target word before its percent ("mục tiêu đề ra là", "chỉ tiêu giao đạt"). */
export const TARGET_TAILS = [...PLAN_BASE_TAILS, 'đặt ra', 'là', 'đạt'] as const;
/** Verbs joining a count to its percent ("21 máy đạt tỉ lệ 100%", "chiếm", "bằng"); they also end a figure's phrase. */
export const PERCENT_JOIN_VERBS = ['đạt', 'chiếm', 'bằng'] as const;
/** Boxes that, before "thư điện tử", still name the e-mail account ("hộp thư điện tử", "hòm thư điện tử"). */
export const MAILBOX_WORDS = ['hộp', 'hòm'] as const;

// ——— numbers (extract/numbers.ts, read-figures.ts, read-spelled.ts) ———

/** Scale words after a number, hundreds up ("5 trăm triệu", "1,5 triệu", "2 vạn"); "tỷ lệ" is refused by the reader. */
export const NUMBER_SCALE_WORDS = ['trăm', ...SPELLED_SCALE_WORDS] as const;
/** Currency words after an amount ("đồng", "VNĐ", "VND"). */
export const CURRENCY_WORDS = ['đồng', 'vnđ', 'vnd'] as const;
/** Currency marks after an amount ("50.000đ", "50.000 ₫"). */
export const CURRENCY_MARKS = ['đ', '₫'] as const;
/** Words after which "âm" is a minus sign, a value being stated ("Kết quả là âm 3,2 tỷ", "chênh lệch âm 5"). */
export const NEGATIVE_VALUE_LEADS = ['là', 'đạt', 'còn', 'bằng', 'mức', 'chênh lệch', 'số dư', 'tăng trưởng'] as const;
/** Words opening a range closed by "đến"/"tới" ("từ 5 đến 7 ha", "khoảng 10 tới 15 hộ"). */
export const RANGE_OPENERS = ['từ', 'khoảng', 'tầm', 'chừng'] as const;
/** Words before an amount that make it money ("kinh phí", "ngân sách", "đầu tư"), matched anywhere; "chi" as a word is added by the reader. */
export const MONEY_CONTEXT_WORDS = ['kinh phí', 'ngân sách', 'chi phí', 'tổng chi', 'vốn', 'thu nhập', 'doanh thu', 'tiền', 'giá trị', 'đầu tư', 'lương', 'học phí', 'lệ phí'] as const;
/** The noun that names an amount as the money of an action after it ("tiền phạt", "tiền bồi thường"): what that action moved. */
export const MONEY_OF_ACTION_HEADS = ['tiền'] as const;
/** Words after which a lone spelled number names the parties of a relation, counting nothing: "giao lưu giữa hai phường". */
export const SPELLED_RELATION_WORDS = ['giữa'] as const;
/** Words after which a spelled number names or dates rather than counts ("tháng ba", "tổ hai", "lần thứ", "vài"). */
export const SPELLED_NAMING_WORDS = [
  'tháng', 'năm', 'ngày', 'mùng', 'mồng', 'thứ', 'quý', 'lúc', 'giờ', 'phút', 'khóa', 'lần', 'số', 'khu', 'tổ', 'đội', 'thôn', 'xóm', 'ấp', 'bản', 'phần',
  'chương', 'mục', 'điều', 'khoản', 'kém', 'hàng', 'vài', 'mấy', 'dăm', 'hạng', 'loại', 'cấp', 'mức', 'độ', 'lớp', 'phòng', 'tầng', 'đường', 'quận', 'kỳ',
] as const;
/** Words of a period before "năm" that make it the year, never five ("trong năm", "cả năm", "cuối năm"). */
export const YEAR_WORD_LEADS = ['trong', 'cả', 'mỗi', 'hằng', 'hàng', 'đầu', 'cuối', 'giữa', 'nửa', 'của', 'các', 'những', 'từng', 'qua', 'sang', 'cùng', 'trước', 'sau', 'trọn', 'suốt', 'một'] as const;
/** Time words after a spelled number: a duration or a clock time, not a figure ("ba tháng", "hai giờ", "một kỳ"). */
export const SPELLED_TIME_UNITS = [...SPAN_UNITS, 'kỳ'] as const;
/** Words joining two spelled numbers into a fraction ("hai phần ba", "một trên hai", "chia"). */
export const FRACTION_WORDS = ['phần', 'trên', 'chia'] as const;

// ——— places (extract/places.ts) ———

/** Levels of an administrative unit before its name ("xã Tân Lập", "Thị xã Phú Thọ", "THÀNH PHỐ HẠ LONG"). */
/**
 * Bodies of a local government that issue reports under their own name, the unit after them ("BAN CHỈ HUY QUÂN SỰ XÃ HÒA
 * THẠNH" under "ỦY BAN NHÂN DÂN HUYỆN CHÂU THÀNH"): in the header, such a line is the issuer's, the line above it its parent.
 */
export const ISSUING_BODY_WORDS = ['ban chỉ huy quân sự', 'công an', 'hội đồng nhân dân', 'đảng ủy', 'hội đồng nghĩa vụ quân sự', 'ủy ban mặt trận tổ quốc'] as const;
export const ADMIN_LEVEL_WORDS = ['thị trấn', 'thị xã', 'thành phố', 'xã', 'phường', 'huyện', 'quận', 'tỉnh'] as const;
/**
 * The national heading every administrative document prints in its header's right column ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT
 * NAM" / "Độc lập - Tự do - Hạnh phúc"), by their opening words: where the two columns of a line were run together, the
 * right one starts there.
 */
export const NATIONAL_HEADING_OPENINGS = ['cộng hòa xã hội chủ nghĩa', 'cộng hoà xã hội chủ nghĩa', 'độc lập - tự do'] as const;
/** The people's committee that issues a report ("ỦY BAN NHÂN DÂN", "UBND"); matched in capitals by the reader. */
export const COUNCIL_WORDS = ['ủy ban nhân dân', 'ubnd'] as const;
/** Words before "xã hội" that make it society, not a commune named Hội ("kinh tế - xã hội", "an sinh xã hội"). */
export const SOCIETY_WORDS = ['kinh tế', 'văn hóa', 'an sinh', 'chính trị', 'trật tự', 'bảo hiểm', 'chính sách', 'tệ nạn', 'dư luận', 'mạng', 'tổ chức', 'đoàn thể'] as const;
/** "-hóa" after "xã hội" ("xã hội hóa"): a process, not a place. */
export const ISATION_WORDS = ['hóa'] as const;
/**
 * An official's post before a level word ("viên chức dân số xã Hoàng Thị Mai", "công chức Tư pháp xã Nguyễn Văn An"): the
 * level word is the post's, and what follows it, when it reads as a person's name, is the official's name.
 */
export const OFFICIAL_POST_WORDS = ['cán bộ', 'công chức', 'viên chức', 'chuyên trách', 'cộng tác viên', 'nhân viên', 'đồng chí'] as const;
/** The middle names that mark a Vietnamese person's name of three words or more ("Hoàng Thị Mai", "Nguyễn Văn An"). */
export const PERSON_MIDDLE_NAMES = ['thị', 'văn'] as const;
/** Words before "xã" that make it an organisation ("Hợp tác xã Môi trường A"), not a commune. */
export const COOPERATIVE_WORDS = ['hợp tác'] as const;
/**
 * Nouns of a building (places of worship and memorials) whose name may open with a level word capitalised: "đền Xã Tắc"
 * (社稷, the altar of the land and grain), "đình Phường Đông": the capitalised "Xã", "Phường" right after one is part of
 * the building's name, no administrative unit ("đền xã Tân Lập" in lower case stays the commune's temple).
 */
export const NAMED_BUILDING_WORDS = ['đền', 'đình', 'chùa', 'miếu', 'nhà thờ', 'thánh thất', 'lăng', 'nghè'] as const;
/** Words that make a building noun after them another word: "gia đình" (a family), no communal house. */
export const NAMED_BUILDING_COMPOUND_HEADS = ['gia'] as const;
// ——— headings (segment/heading.ts) ———

/** The cardinal numbers one to ten, in order, that open a heading before "là" ("Một là, …", "Hai là: …"). */
export const ORDINAL_HEADING_CARDINALS = ['một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười'] as const;
/** The words opening a part heading with an ordinal ("PHẦN THỨ HAI", "Phần thứ nhất"); a scan's reader puts their marks right. */
export const PART_HEADING_OPENERS = ['phần thứ'] as const;

/** The currency after a scale word in a money unit ("Triệu đồng"); the reader accepts it in lower case or all capitals. */
/** Scale words shortened in a table header's money unit ("(tr.đ)", "(tr.đồng)"), each with the word it stands for. */
export const MONEY_SCALE_ABBREVIATIONS: Readonly<Record<string, string>> = { tr: 'triệu', ng: 'nghìn' };
export const SCALED_CURRENCY_WORDS = ['đồng'] as const;

/**
 * A regex alternation (no group) of words whose syllables may each open with a capital, the rest in lower case ("xã",
 * "Xã", "Thị xã", "thị Xã"), for case-sensitive patterns; longest first.
 */
export function altInitialCase(words: readonly string[]): string {
  const initial = (s: string) => `[${s[0].toUpperCase()}${s[0]}]${escape(s.slice(1))}`;
  return [...new Set(words.flatMap(spellings))].sort((a, b) => b.length - a.length || a.localeCompare(b)).map((w) => w.split(' ').map(initial).join(' ')).join('|');
}

// ——— figure readings (extract/quantities.ts) ———

/**
 * Verbs that name the partner a deed was done with, its name right after them ("Phối hợp Đội Quản lý thị trường số 4 kiểm
 * tra 18 cơ sở", "phối hợp với Chi cục … kiểm tra 42 cơ sở"): the same deed done with another partner is another occasion.
 */
export const DEED_PARTNER_WORDS = ['phối hợp', 'kết hợp'] as const;
/** Link words between such a verb and the partner's name ("phối hợp với", "phối hợp cùng"). */
export const DEED_PARTNER_LINKS = ['với', 'cùng'] as const;
/**
 * Nouns opening the name of who did a deed, at the head of its sentence ("Ban đại diện … kiểm tra 48 tổ", "Các tổ chức Hội cấp
 * huyện kiểm tra 36 tổ", "Công an xã phối hợp …", "Đoàn kiểm tra liên ngành đã kiểm tra …"): the same deed done by two bodies
 * named differently counts two quantities. Read case-blind, after an optional plural ("các", "những").
 */
export const DEED_ACTOR_HEADS = [
  ...GOVERNING_BODY_WORDS, ...NUMBERED_UNIT_HEADS, 'công an', 'mặt trận', 'ủy ban mặt trận', 'ban chỉ huy', 'ban chỉ đạo', 'ban quản lý',
  'lực lượng', 'ngành', 'cơ quan', 'đơn vị', 'bộ phận', 'hội đồng', 'tòa án', 'viện kiểm sát', 'phòng giao dịch',
] as const;
/**
 * Verbs after a counted noun that only say the units are there and working ("312 doanh nghiệp đang hoạt động", "27 chợ
 * đang hoạt động", "14 trạm bơm đang vận hành"), after an aspect word: said of a stock the unit holds, they pick none of it.
 */
export const STANDING_STATE_VERBS = ['hoạt động', 'vận hành'] as const;
/** Plurals before such a noun ("các Hội đoàn thể", "những đơn vị"). */
export const DEED_ACTOR_PLURALS = ['các', 'những'] as const;
/**
 * Words of a collective that names no one body ("Các lực lượng đã tiêu hủy …", "các cơ quan, đơn vị liên quan", "các ngành
 * chức năng"): an actor told only by them may be every body at once, so it parts no two counts of the deed.
 */
export const DEED_ACTOR_GENERIC_WORDS = ['lực lượng', 'chức năng', 'đơn vị', 'cơ quan', 'ngành', 'bộ phận', 'liên quan', 'các cấp', 'địa phương'] as const;
/** Nouns that name bodies only after such a plural ("Các tổ chức Hội cấp huyện"): alone, "tổ chức" is the light verb. */
export const DEED_ACTOR_PLURAL_HEADS = ['tổ chức', 'tổ chức chính trị - xã hội', 'đoàn thể'] as const;
/** The start of the year as an earlier value compared with ("so với đầu năm"); not after "tháng" ("6 tháng đầu năm" names a period). */
export const YEAR_START_WORDS = ['đầu năm'] as const;
/**
 * Header words that say when or how without naming what a column measures ("Kỳ báo cáo", "Kết quả", "Tổng số", a budget's
 * "Quyết toán năm 2023" as its "Thực hiện"); "năm 2024" is added by the reader.
 */
export const GENERIC_HEADER_WORDS = ['kỳ báo cáo', 'kết quả', 'số liệu', 'thực hiện', 'quyết toán', 'giá trị', 'số lượng', 'tổng số', 'tổng', 'ghi chú', 'tháng', 'quý'] as const;

// ——— share phrases (extract/shares.ts) ———

/** Total words right after a share's preposition, before the whole it names ("chiếm 12% tổng số hộ"). */
export const WHOLE_TOTAL_WORDS = ['tổng số', 'tổng'] as const;
/**
 * Heads of a whole's name after a share ("đạt 65,0% tổng vốn đăng ký"; "đạt 88,6% số tiền phạt phải thu"): a total
 * word opens the name; a number word opens one only with a noun after it (the name then holds three words or more).
 */
export const WHOLE_NAME_TOTAL_HEADS = ['tổng'] as const;
export const WHOLE_NAME_NUMBER_HEADS = ['số'] as const;
/** Aspect words opening what was done of a total ("…, đã cứng hóa 31,2 km", "được", "đã được"). */
export const DONE_WORDS = ['đã', 'được', 'đã được'] as const;
/** The aspect word of a deed already done ('đã'), which keeps a sentence under a plan title a result ("Năm qua đã giảm 35 hộ, vượt chỉ tiêu …"). */
export const PAST_ASPECT_WORDS = ['đã'] as const;
/**
 * Verbs right after a unit's name that make it the report's author ("…, UBND huyện X báo cáo kết quả … như sau:"): whatever
 * document the sentence cites before, the unit is the one reporting, never that document's issuer.
 */
export const AUTHOR_VERBS = ['báo cáo', 'xin báo cáo', 'kính báo cáo', 'tổng hợp, báo cáo', 'tổng hợp báo cáo'] as const;
/**
 * The words opening a report's closing line and what it sums up ("Trên đây là báo cáo kết quả … của Ủy ban nhân dân xã X./."):
 * the unit the line closes with, after "của", is the report's author, whatever the title's topic words say.
 */
export const CLOSING_LINE_LEADS = ['trên đây là'] as const;
/** What a closing line sums up, right after its lead ("Trên đây là báo cáo …", "Trên đây là kết quả …"). */
export const CLOSING_LINE_NOUNS = ['báo cáo', 'kết quả', 'tình hình'] as const;
/**
 * Words opening an intake, of which a later "đã …" clause states what was done, the share after it being done / intake
 * (src/extract/shares-intake.ts), each with its form:
 * - received, a verb of what came in ("Tiếp nhận 23 đơn; đã giải quyết 18 đơn, đạt 78,3%"), or of violations written up,
 *   the cases a sanction is then decided on ("lập biên bản 40 trường hợp, ra quyết định xử phạt 31 trường hợp, đạt 77,5%"):
 *   the done verb is another;
 * - pending, a word putting an action still to be done before its amount ("kiến nghị thu hồi 385,3 triệu đồng, đã thu hồi
 *   290,0 triệu đồng, đạt 79,3%", "phải giải quyết 58 vụ", "kế hoạch giải ngân 40 tỷ đồng"): the done clause repeats it.
 */
export const INTAKE_WORDS = [
  ['tiếp nhận', 'received'], ['thụ lý', 'received'], ['lập biên bản', 'received'],
  ['kiến nghị', 'pending'], ['đề nghị', 'pending'], ['phải', 'pending'], ['cần', 'pending'], ['kế hoạch', 'pending'], ['dự kiến', 'pending'], ['được giao', 'pending'], ['chỉ tiêu', 'pending'],
] as const satisfies readonly (readonly [string, 'received' | 'pending'])[];
const intakeWords = (form: 'received' | 'pending') => INTAKE_WORDS.filter(([, f]) => f === form).map(([w]) => w);
/**
 * Words opening a clause that tells what is still open, not done ("còn tồn 45 kiến nghị", "đang hòa giải 01 vụ", "chưa trả
 * lời 3 đơn"): a count so opened is no deed whose share of an intake "đạt X%" states (src/extract/shares-intake.ts).
 */
export const UNDONE_LEADS = ['còn', 'chưa', 'đang', 'tồn', 'không'] as const;
/** Words of issuing a decision before the deed decided ("ban hành quyết định xử phạt 31 trường hợp"): the deed is the verb. */
export const DECISION_ISSUING_WORDS = ['ban hành quyết định', 'ra quyết định', 'có quyết định'] as const;
/** The pending intake words (INTAKE_WORDS). */
export const PENDING_ACTION_WORDS: readonly string[] = intakeWords('pending');
/** Words after a pending action that say for whom or into what it is done, before its amount ("thu hồi cho Nhà nước 40 triệu"). */
export const ACTION_TARGET_WORDS = ['cho', 'vào', 'về', 'nộp'] as const;
/** The received intake words (INTAKE_WORDS): a count of what came in, also a count's cue and a total's opening elsewhere. */
export const RECEIVED_WORDS: readonly string[] = intakeWords('received');
/**
 * Verbs handing a named worker or office its load, of which a later clause says what was done ("Cán bộ A được phân công
 * 160 hồ sơ, đã giải quyết xong 130 hồ sơ, đạt 81,25%").
 */
export const LOAD_ASSIGNED_WORDS = ['được phân công', 'được giao', 'được phân', 'thuộc thẩm quyền'] as const;
/** Words naming a bank account, whose number follows "số" ("số tài khoản: 0123 4567 8910", "tài khoản tiếp nhận số 2702 2010 12345"). */
export const ACCOUNT_WORDS = ['tài khoản', 'STK'] as const;
/** Words naming a phone line whose short number follows its name: "Tổng đài điện thoại quốc gia bảo vệ trẻ em 111". */
export const HOTLINE_WORDS = ['tổng đài', 'đường dây nóng', 'hotline', 'số điện thoại'] as const;
/** Verbs of calling a number ("gọi 114", "quay số 115"): a short number after them dials. */
export const DIAL_WORDS = ['gọi', 'quay số'] as const;
/** What may stand between a verb of calling and the number it dials: "gọi đến số 113", "gọi ngay 115", "gọi ngay tới 1022". */
export const DIAL_LINKS = ['ngay', 'đến', 'tới', 'vào', 'cho'] as const;
/** The word naming the number dialled: "gọi số 114", "gọi đến số máy 113". */
export const DIAL_NUMBER_WORDS = ['số', 'số máy'] as const;
/**
 * Words before "gọi" that make it no verb of calling a line: "cuộc gọi" (a call, counted: "Tổng số cuộc gọi: 114"), "kêu
 * gọi", "lời kêu gọi" (an appeal: "kêu gọi 120 hộ").
 */
export const DIAL_NOUN_HEADS = ['cuộc', 'kêu', 'lời', 'tiếng'] as const;
/** The services a national emergency number reaches, named right before it ("cứu hộ 114", "cấp cứu 115"). */
export const EMERGENCY_SERVICE_WORDS = ['cứu hộ', 'cứu nạn', 'cấp cứu', 'báo cháy', 'chữa cháy', 'cứu hỏa', 'cứu hoả', 'khẩn cấp', 'công an', 'cảnh sát', 'bảo vệ trẻ em'] as const;
/** The national emergency numbers: child protection, rescue, police, fire and rescue, ambulance. */
export const EMERGENCY_NUMBERS = ['111', '112', '113', '114', '115'] as const;
/**
 * Nouns of a measure and the units it is stated in: "chiếm 3,0% diện tích nuôi tôm thẻ chân trắng (540 ha)" restates the
 * area the phrase names in its bracket, as "hộ nghèo (131 hộ)" restates a count.
 */
export const MEASURE_NOUN_UNITS: ReadonlyArray<{ noun: string; units: readonly string[] }> = [
  { noun: 'diện tích', units: ['ha', 'm2', 'm²', 'km2', 'km²', 'sào'] },
  { noun: 'sản lượng', units: ['tấn', 'tạ', 'kg'] },
  { noun: 'chiều dài', units: ['km', 'm'] },
];
/** Words closing a noun phrase that only say where its things are counted ("hộ nghèo toàn xã", "hộ trên địa bàn"). */
export const COUNTED_WHERE_WORDS = ['toàn', 'trên địa bàn', 'trên toàn'] as const;
/** Words judging a count named by its "Số X" subject, right before the count in its bracket ("Số người … còn cao (43 người)"). */
export const COUNT_JUDGEMENT_WORDS = ['còn cao', 'còn nhiều', 'còn lớn', 'khá cao', 'khá nhiều', 'khá lớn', 'cao', 'nhiều', 'lớn'] as const;
/** Words before a whole stated elsewhere that only say where it is counted ("Toàn xã có", "trên địa bàn huyện hiện là"). */
export const WHOLE_FRAME_WORDS = [...UNIT_LEVEL_WORDS, ...HAS_WORDS, 'trên địa bàn', 'hiện', 'toàn'] as const;

// ——— label similarity (extract/similarity.ts) ———

/** Words after "máy" naming a machine ("máy in", "máy chiếu", "máy tính"): a bare "máy" in a report means a computer. */
export const MACHINE_KIND_WORDS = [
  'tính', 'in', 'scan', 'quét', 'chủ', 'photo', 'photocopy', 'chiếu', 'fax', 'ảnh', 'ghi', 'phát', 'đo', 'lạnh', 'bơm', 'cày', 'móc', 'nổ',
] as const;
/** Words that open a label without adding to it ("Tổng số …", "Số lượng …", "Tỷ lệ …"), in a canonical label (one spelling of "tỷ lệ"). */
export const LABEL_LEADING_WORDS = [...TOTAL_WORDS, ...COUNT_WORDS, 'tỷ lệ'] as const;

// ——— headings and signatures (segment/heading.ts) ———

/** Titles of a signer ("CHỦ TỊCH", "PHÓ …", "GIÁM ĐỐC"): after "Q." or "T." they make a signature line, not a heading; matched in capitals. */
export const SIGNER_TITLES = ['chủ tịch', 'phó', 'giám đốc', 'trưởng', 'bí thư', 'ủy ban', 'ubnd', 'hđnd', 'chánh'] as const;
/** Bodies or offices after "TM.", "KT.", "TL." that open a signature block ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"); matched in capitals. */
export const SIGNING_BODIES = ['ủy ban', 'ubnd', 'chủ tịch', 'ban', 'đảng ủy', 'hđnd'] as const;
/** Words claiming every one of a counted thing ("tất cả các thôn", "toàn bộ các tuyến kênh"): a fraction short of all in the claim's own bracket contradicts it. */
export const UNIVERSAL_WORDS = ['tất cả', 'toàn bộ'] as const;
/** Plural markers that may follow a universal word before its count ("tất cả các …", "toàn bộ những …"). */
export const UNIVERSAL_PLURALS = ['các', 'những'] as const;
/** Deeds of working at sea that fisheries reports tell two ways ("khai thác / đánh bắt (hải sản) trên biển" = "đi biển"). */
export const SEA_DEED_VERBS = ['khai thác', 'đánh bắt'] as const;
/** What is caught at sea, optional after a sea deed ("khai thác hải sản trên biển"). */
export const SEA_CATCH_WORDS = ['hải sản', 'thủy sản'] as const;
/** Words of a floor every member is claimed to pass ("tất cả các xã đều đạt trên 95%", "từ 90% trở lên"). */
export const RATE_FLOOR_WORDS = ['trên', 'từ', 'ít nhất', 'không dưới', 'tối thiểu', 'cao hơn'] as const;
/* Those of them the floor itself does not meet ("trên 95%": 95,0 misses it) are STRICT_FLOOR_WORDS above. */
/** Words naming a rate in general, which say nothing of its topic ("đạt tỷ lệ tiêm chủng …"). */
export const GENERIC_RATE_WORDS = ['tỷ lệ', 'tỉ lệ'] as const;

/**
 * Words right after a group's name that count some members of the group by what they did or got ("52 hộ nghèo tham gia
 * bảo hiểm", "40 hội viên được tập huấn"): a count of those is a part of the group stated alone ("có 46 hộ nghèo").
 * Not "đã" ("hộ nghèo đã thoát nghèo" left the group), nor "mới" (new members may not be counted in an earlier stock).
 */
export const MEMBER_ACTION_WORDS = ['tham gia', 'được'] as const;
/**
 * Verbs after a breakdown member's name, restated, that count what was done to some of it ("đường xã cứng hóa 208 km" after
 * "trong đó đường xã 386 km", "lúa lai đã thu hoạch 450 ha", "hộ nghèo được vay vốn 190 hộ"): a part of that member, in its
 * unit. "đã" alone is none ("đã thoát nghèo" left the member); it may stand before one of these.
 */
export const NAMED_SUBSET_VERBS = ['được', 'cứng hóa', 'bê tông hóa', 'nhựa hóa', 'kiên cố hóa', 'thu hoạch', 'giải ngân', 'nghiệm thu', 'số hóa'] as const;
/** Words in a member's restated clause that make the amount another quantity: a plan, an allocation, an addition, a change, another time. */
export const NAMED_SUBSET_BREAKERS = [...PLAN_WORDS, ...ADDED_WORDS, ...GOAL_OR_COMPARISON_WORDS, 'giao', 'phân bổ', 'năm trước', 'kỳ trước', 'còn', 'chưa'] as const;
/** Words that make a stated group no fixed stock: another time or a goal ("so với", "phấn đấu", "cùng kỳ"). */
export const GROUP_STOCK_UNSURE = [...GOAL_OR_COMPARISON_WORDS, 'năm trước', 'kỳ trước', 'đầu năm', 'đầu kỳ', 'dự kiến'] as const;
/** Words before a group stated as a stock ("xã có 46 hộ nghèo", "172 tổ … với 1.046 hòa giải viên"); "với" only in a sentence that says "có". */
export const GROUP_STOCK_MARKERS = ['có', 'với'] as const;
/** The marker a sentence must say for "với" to state a stock. */
export const GROUP_STOCK_HAS = ['có'] as const;
/** Words that end a group's name after its number ("46 hộ nghèo và 83 …", "1.046 hòa giải viên trong đó …"). */
export const GROUP_NAME_ENDS = ['và', 'trong đó', 'chiếm', 'với'] as const;
/** A count word whose figures are visits, not members of a group ("lượt"). */
export const VISIT_UNITS = ['lượt'] as const;
/**
 * Count words of the members of whatever body the sentence names before the number ("Ban Chỉ huy quân sự xã có 05 đồng chí",
 * "Tổ có 11 thành viên"): alone they name no group, so a later "cho 36 đồng chí" may be of any other body.
 */
export const BODY_MEMBER_COUNTERS = ['đồng chí', 'thành viên'] as const;

// ——— the way a table row changed, claimed in words (extract/claims-table-trend.ts) ———

/** Words of degree between a change verb and its comparison ("tăng mạnh so với", "giảm nhẹ so với"). */
export const CHANGE_DEGREE_WORDS = ['mạnh', 'nhẹ', 'đột biến', 'đáng kể', 'rõ rệt', 'nhiều', 'ít', 'cao', 'sâu', 'khá'] as const;

// ——— claims that every target of a table was met (extract/claims-table-all.ts) ———

/** Nouns of the targets a claim of all says were met ("tất cả các chỉ tiêu", "100% chỉ tiêu kế hoạch"). */
export const ALL_TARGET_NOUNS = ['chỉ tiêu', 'kế hoạch'] as const;
/** Words claiming all of a counted number of members ("cả 03 trường đều …", "tất cả 5 xã đều …"). */
export const COUNTED_ALL_WORDS = ['cả', 'tất cả'] as const;
/** Verbs saying a target was met or passed ("hoàn thành", "đạt và vượt"). */
export const TARGET_MET_VERBS = ['hoàn thành', 'đạt', 'vượt'] as const;
/**
 * Words that leave a claim of all targets unsure, partial or still to come ("cơ bản hoàn thành", "hầu hết", "phấn đấu
 * hoàn thành", "sẽ đạt"), or of the others only ("các chỉ tiêu còn lại / khác đều đạt", after one said to miss): not read.
 */
export const PARTIAL_CLAIM_WORDS = ['cơ bản', 'hầu hết', 'phần lớn', 'đa số', 'một số', 'nhiều', 'trừ', 'ngoại trừ', 'riêng', 'phấn đấu', 'dự kiến', 'sẽ', 'đề xuất', 'đề nghị', 'ước', 'còn lại', 'khác'] as const;

/** Words that frame a noun phrase without narrowing it ("Số người …", "Tổng số hộ …"): left out when two names are compared word for word. */
export const PHRASE_FRAME_WORDS = ['số', 'lượng', 'tổng'] as const;

// ——— a money total closing its activities (extract/claims-closing-total.ts) ———

/** Words telling an amount as the value of an activity ("trị giá 385 triệu đồng", "Tổng số tiền 236 triệu đồng"). */
export const ACTIVITY_VALUE_WORDS = ['trị giá', 'giá trị', 'số tiền', 'kinh phí'] as const;
/** Words that frame the kind of activity a total names without narrowing it ("các hoạt động nhân đạo", "các khoản nhân đạo": "nhân đạo"). */
export const ACTIVITY_FRAME_WORDS = [...SUBJECT_FRAME_WORDS, 'hoạt động', 'khoản', 'các', 'những'] as const;
/** Words after "khác" that make it "various", not "the other ones" ("các hoạt động khác nhau"). */
export const NOT_REMAINDER_TAILS = ['nhau', 'biệt'] as const;
/** Words that end the kind a total names: its period ("năm 2024") or its verb ("đạt", "là"). */
export const KIND_END_WORDS = [...PERIOD_UNITS, 'đạt', 'là', 'được', 'bằng', 'lên', 'ước', 'trong', 'của', 'toàn'] as const;
/**
 * Words in a part's sentence that leave it unsure as one activity's own value of the period: a split of it, an example, a
 * comparison, a plan or estimate, a running total.
 */
export const NOT_OWN_VALUE_WORDS = [...OF_WHICH, ...CONSISTS_OF, ...COMPARED_WITH, ...PLAN_WORDS, ...ESTIMATE_WORDS, ...RUNNING_TOTAL_WORDS, 'riêng', 'như', 'cùng kỳ', 'dự toán'] as const;

// ——— the unit's own inventory (extract/shares-inventory.ts) ———

/** Words that may open the sentence stating the unit's inventory before its level word ("Toàn xã có", "Hiện nay, xã có"). */
export const INVENTORY_SUBJECT_LEADS = ['toàn', 'trên địa bàn', 'hiện nay', 'hiện tại'] as const;
/** The verb that hands the unit its inventory ("Xã Hải Minh có 07 thôn", "xã hiện có 09 thôn"). */
export const INVENTORY_HAS_WORDS = ['có', 'hiện có'] as const;
/** Words joining the items of an inventory ("07 thôn với 2.415 hộ", "1.250 hộ và 4.800 nhân khẩu"). */
export const INVENTORY_JOINERS = ['và', 'với'] as const;

// ——— aims and tasks no claim's value is recalled from (extract/aimed.ts) ———

/** Words before a figure in its statement that make it an aim, not a result ("phấn đấu … đạt 100%", "dự kiến", "sẽ", "nhằm"). */
export const AIM_LEAD_WORDS = ['phấn đấu', 'dự kiến', 'sẽ', 'nhằm'] as const;
/** Nouns that, opening a statement, make the value of its first phrase a target ("Chỉ tiêu: 95% …", "Mục tiêu năm 2026: …"). */
export const TARGET_OPENING_NOUNS = ['chỉ tiêu', 'mục tiêu'] as const;
/** Verbs of a task to finish ("Hoàn thành trồng cây … trước ngày 30/9/2025"). */
export const TASK_FINISH_VERBS = ['hoàn thành', 'hoàn tất'] as const;
/** Words setting the day a task must be finished by, a date right after them ("trước ngày 30/9", "chậm nhất ngày 15/10"). */
export const TASK_DEADLINE_WORDS = ['trước ngày', 'chậm nhất ngày', 'chậm nhất là ngày', 'chậm nhất vào ngày'] as const;

// ——— a rate restated as the subject of the next sentence (extract/claims-compared-rate.ts) ———

/**
 * Words opening the scope a rate's subject is told of, after its noun ("Tỷ lệ giải ngân toàn huyện", "… của xã", "… trên
 * địa bàn", "… chung"): the noun the rate was stated of ends there.
 */
export const RATE_SUBJECT_SCOPE_LEADS = [...WHOLE_AREA_WORDS, ...OWNER_WORDS, 'tại', 'trên toàn', 'chung'] as const;

// ——— age groups ———

/**
 * Population nouns an age bound right after them cuts into nested groups ("trẻ em dưới 6 tuổi", "người từ 60 tuổi trở lên",
 * "phụ nữ từ 15 đến 49 tuổi"): each entry's spellings name one population. Two entries are two populations, never compared
 * ("người" and "người cao tuổi", "người" and "người dân").
 */
export const AGE_GROUP_NOUNS: ReadonlyArray<readonly string[]> = [
  ['trẻ em', 'trẻ'], ['người'], ['người cao tuổi'], ['phụ nữ'], ['học sinh'], ['thanh niên'], ['thiếu niên'], ['người lao động'],
  ['lao động'], ['công dân'], ['người dân'], ['nam giới'], ['nữ giới'],
];
/** Words counting the members of an age group after its number, besides its noun ("trẻ em dưới 6 tuổi 1.060 em", "312 cụ"). */
export const AGE_GROUP_COUNTERS = ['em', 'cháu', 'người', 'cụ'] as const;
/** The word of an age bound below it, strictly ("dưới 6 tuổi"). */
export const AGE_BELOW_WORDS = ['dưới'] as const;
/** The word of an age bound above it ("trên 60 tuổi": strictly, or loosely from it on). */
export const AGE_ABOVE_WORDS = ['trên'] as const;
/** Words opening an age a group starts at, inclusive ("từ 60 tuổi trở lên", "từ đủ 15 tuổi", "từ 15 đến 49 tuổi"). */
export const AGE_FROM_WORDS = ['từ đủ', 'từ'] as const;
/** Words between a population noun and its age ("phụ nữ trong độ tuổi từ 15 đến 49 tuổi", "trẻ em ở độ tuổi 6 - 14 tuổi"). */
export const AGE_SPAN_LEADS = ['trong độ tuổi', 'ở độ tuổi', 'độ tuổi', 'trong lứa tuổi', 'lứa tuổi', 'nhóm tuổi'] as const;
/** The unit of an age in years ("6 tuổi") and in months ("36 tháng tuổi"). */
export const AGE_YEAR_UNITS = ['tuổi'] as const;
export const AGE_MONTH_UNITS = ['tháng tuổi'] as const;
/** Words of a whole group's own count before its noun ("Tổng số trẻ em dưới 16 tuổi …", "Số phụ nữ từ 15 đến 49 tuổi …"). */
export const GROUP_TOTAL_LEADS = ['tổng số', 'số lượng', 'số', 'tổng', 'hiện có', 'có'] as const;
/** Words between a group's name and its count that only state it ("… trên địa bàn xã là 3.038 em", "… hiện có 1.060 em"). */
export const GROUP_COPULAS = ['là', 'có', 'hiện có', 'khoảng', 'gồm có'] as const;
/** Words of acts repeated over a period: a count of people beside them may count one person twice ("1.124 lượt trẻ", "cân 2 lần"). */
export const REPEATED_ACT_WORDS = ['lượt', 'lần', 'đợt'] as const;

// ——— a count of the locality's own units bounded by how many it has (rules/support/own-units.ts) ———

/**
 * Facilities a locality has a set number of, besides its subunits (SUBUNIT_KINDS): "Huyện có 27 trạm y tế" bounds every
 * "N trạm y tế đạt chuẩn" of the report's own place.
 */
export const OWN_FACILITY_NOUNS = ['trường', 'trường học', 'trạm y tế', 'nhà văn hóa'] as const;
/** Two spellings of one kind of unit, the longer as the shorter: "74 trường học" holds "35 trường tiểu học". */
export const OWN_UNIT_ALIASES: Readonly<Record<string, string>> = { 'trường học': 'trường' };

/**
 * Words opening what follows a counted noun in "Số <noun> … là N <noun>" that say where, whose or when it is counted ("Số hợp
 * tác xã trên địa bàn là …", "… hiện nay là …", "… của huyện là …", "… năm 2024 là …"), no qualifier picking some of them
 * ("Số hợp tác xã xếp loại tốt và khá là 59 hợp tác xã" picks those so graded).
 */
export const FRONTED_SCOPE_OPENERS = [...RELATION_WORDS, ...WHOLE_AREA_WORDS, ...PRESENT_STOCK_WORDS, ...UNIVERSAL_WORDS, 'hiện', 'năm', 'tháng', 'quý', 'kỳ', 'cả', 'toàn', 'ước'] as const;
/**
 * A name's long form and the short form reports write for it in the same sense ("kiến nghị thu hồi về ngân sách nhà nước" and,
 * later, "… về ngân sách"): read as the short form when two names are held against each other on other evidence (a slip of
 * the digits), never to make two names one by themselves ("ngân sách" alone may be the commune's own budget).
 */
export const NAME_SHORT_FORMS: ReadonlyArray<readonly [long: string, short: string]> = [['ngân sách nhà nước', 'ngân sách']];

// ——— a total amount split into what is done and what is left (extract/claims-paid-split.ts) ———

/**
 * Words of the part of a total amount already paid in, collected or spent ("số tiền đã thu nộp vào ngân sách … là 412.000.000
 * đồng", "đã giải ngân 3,2 tỷ đồng"), the first half of a split whose second half is what is left (PAID_SPLIT_LEFT_WORDS).
 */
export const PAID_SPLIT_DONE_WORDS = [
  'đã nộp', 'đã thu', 'đã giải ngân', 'đã chi', 'đã trả', 'đã thanh toán', 'đã đóng', 'đã hoàn thành nộp', 'đã sử dụng',
  // A revolving fund's money out on loan is the part of it in use ("Hiện đang cho vay 1.215 triệu đồng …; tồn quỹ …").
  'đang cho vay', 'đã cho vay',
] as const;
/**
 * Words of what is left of that total, right before its amount ("còn phải thu 47.500.000 đồng", ", còn 47.000.000 đồng
 * đang được đôn đốc", "chưa nộp", "còn nợ").
 */
export const PAID_SPLIT_LEFT_WORDS = [
  'còn phải thu', 'còn phải nộp', 'còn phải trả', 'còn phải chi', 'còn phải đóng', 'còn lại', 'còn nợ', 'còn tồn', 'chưa nộp', 'chưa thu', 'chưa giải ngân',
  'chưa chi', 'chưa trả', 'chưa thanh toán', 'chưa đóng', 'chưa sử dụng', 'chưa cho vay',
  // A fund's money not lent or spent: "tồn quỹ chưa giải ngân 45 triệu đồng", "tồn quỹ 12 triệu đồng".
  'tồn quỹ',
] as const;
/**
 * Names of the total a split divides, after a total word ("tổng số tiền", "tổng kinh phí", "tổng nguồn Quỹ", "tổng nguồn
 * vốn"): the value of an activity, or the money a fund holds.
 */
export const PAID_SPLIT_TOTAL_NAMES = [...ACTIVITY_VALUE_WORDS, 'nguồn quỹ', 'nguồn vốn', 'vốn', 'quỹ'] as const;
/**
 * Words that make a done/left split of a total less than complete: a third term ("miễn", "giảm", "xóa nợ", "khoanh nợ",
 * "chậm nộp", "lãi", "không có khả năng thu"), a subset ("trong đó", "gồm") or money handed elsewhere ("chuyển", "hoàn trả").
 */
export const PAID_SPLIT_OTHER_TERMS = [
  'miễn', 'giảm', 'xóa', 'xoá', 'khoanh', 'giãn', 'chậm nộp', 'chậm đóng', 'lãi', 'không có khả năng', 'không thu được', 'hoàn trả', 'hoàn lại', 'chuyển sang',
  'chuyển nguồn', 'tạm ứng', 'trong đó', 'trong số đó', 'gồm', 'bao gồm', 'ngoài ra', 'dự kiến', 'kế hoạch',
] as const;
/** Words naming the rest's amount before its words of what is left ("số tiền còn phải thu", "số còn lại"). */
export const PAID_SPLIT_LEFT_SUBJECTS = [...ACTIVITY_VALUE_WORDS, 'số'] as const;
/** The bare word of what is left, read only right before the amount (", còn 47.000.000 đồng"): elsewhere it may be "whereas". */
export const PAID_SPLIT_BARE_LEFT = ['còn'] as const;
/** The value of each scale word of an amount (SCALE_WORDS): the unit of the last written digit of "245,5 triệu đồng" is 100.000 đồng. */
export const SCALE_VALUES: Readonly<Record<string, number>> = { nghìn: 1e3, ngàn: 1e3, triệu: 1e6, tỷ: 1e9, tỉ: 1e9 };

// ——— a count total closing the kinds of one activity told one by one (extract/claims-kinds-total.ts) ———

/**
 * Nouns that count the acts of one activity, any of them a count of the same acts under the same activity word: "chứng thực
 * 2.272 bản sao", "chứng thực chữ ký 318 việc", "Tổng cộng … 2.646 việc chứng thực".
 */
export const COUNTED_DEED_NOUNS = ['việc', 'bản', 'bản sao', 'trường hợp', 'hồ sơ'] as const;
/**
 * Words that may open a kind's clause before its activity word without changing what is counted ("Trong kỳ đã chứng thực",
 * "Đã thực hiện chứng thực"): periods of the report's own time, the past aspect, a verb of carrying out.
 */
export const KIND_CLAUSE_OPENERS = [...FUND_FLOW_PERIODS, ...PAST_ASPECT_WORDS, 'thực hiện', 'tiến hành'] as const;
/**
 * Words opening what is said after the noun of a unit's whole stock that picks none of it ("Toàn xã có 2.134 hộ với 8.047 nhân
 * khẩu", "… 14 thôn thuộc 3 cụm", "… 1.250 hộ sinh sống"): the stock stays the unit's whole.
 */
export const WHOLE_STOCK_ASIDE_LEADS = ['với', 'thuộc', 'phân bố', 'sinh sống', 'gồm', 'trong đó', 'bao gồm'] as const;
