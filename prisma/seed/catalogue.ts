/**
 * The demo catalogue of Nanjiabao's nine porcelain enterprises: pure data, no database.
 *
 * Jiaming Ceramics and Yulong Porcelain are real firms of the village and are described only in
 * general terms (where they are, what kind of ware); the other seven are plausible stand-ins,
 * marked isSample so the storefront labels them as sample data. Products are composed from a
 * product type (what it is, sizes, weights, base prices), a glaze and a pattern, so names and
 * descriptions read naturally in both languages and every product gets its own picture.
 */
import { ARTWORK_PATTERNS, artworkMotif, artworkUrl, type ArtworkGlaze, type ArtworkShape, type ArtworkView } from "@/lib/catalog/artwork";

// ───────────────────────────── categories and glazes ─────────────────────────────

export type CategorySlug = "bowls" | "plates" | "cups-mugs" | "tea-sets" | "dinnerware-sets" | "vases-decor" | "kitchen-storage";

export interface SeedCategory {
  slug: CategorySlug;
  nameZh: string;
  nameEn: string;
  sortOrder: number;
}

export const CATEGORIES: readonly SeedCategory[] = [
  { slug: "bowls", nameZh: "碗", nameEn: "Bowls", sortOrder: 1 },
  { slug: "plates", nameZh: "盘碟", nameEn: "Plates & Dishes", sortOrder: 2 },
  { slug: "cups-mugs", nameZh: "杯子与马克杯", nameEn: "Cups & Mugs", sortOrder: 3 },
  { slug: "tea-sets", nameZh: "茶具", nameEn: "Tea Sets", sortOrder: 4 },
  { slug: "dinnerware-sets", nameZh: "餐具套装", nameEn: "Dinnerware Sets", sortOrder: 5 },
  { slug: "vases-decor", nameZh: "花瓶摆件", nameEn: "Vases & Décor", sortOrder: 6 },
  { slug: "kitchen-storage", nameZh: "厨房与收纳", nameEn: "Kitchen & Storage", sortOrder: 7 },
];

/** Glaze slugs are the artwork glaze keys, so a product's glaze is also how its picture is painted. */
export type GlazeSlug = ArtworkGlaze;

export interface SeedGlaze {
  slug: GlazeSlug;
  nameZh: string;
  nameEn: string;
  colorHex: string;
  sortOrder: number;
}

export const GLAZES: readonly SeedGlaze[] = [
  { slug: "qinghua", nameZh: "青花", nameEn: "Blue-and-White", colorHex: "#2b4c8c", sortOrder: 1 },
  { slug: "celadon", nameZh: "青瓷", nameEn: "Celadon", colorHex: "#9dbfa5", sortOrder: 2 },
  { slug: "white", nameZh: "白瓷", nameEn: "White Porcelain", colorHex: "#f4f3ee", sortOrder: 3 },
  { slug: "famille-rose", nameZh: "粉彩", nameEn: "Famille Rose", colorHex: "#e39aac", sortOrder: 4 },
  { slug: "cobalt", nameZh: "霁蓝", nameEn: "Cobalt Blue", colorHex: "#1f3f91", sortOrder: 5 },
  { slug: "linglong", nameZh: "玲珑瓷", nameEn: "Rice-Grain Linglong", colorHex: "#dcebee", sortOrder: 6 },
  { slug: "ru", nameZh: "汝瓷天青", nameEn: "Ru Sky Blue", colorHex: "#b5cdcd", sortOrder: 7 },
  { slug: "tenmoku", nameZh: "天目釉", nameEn: "Tenmoku", colorHex: "#3a2518", sortOrder: 8 },
  { slug: "flambe", nameZh: "窑变釉", nameEn: "Flambé", colorHex: "#9b2335", sortOrder: 9 },
  { slug: "matte", nameZh: "哑光釉", nameEn: "Matte Glaze", colorHex: "#c8bfae", sortOrder: 10 },
];

// ───────────────────────────── enterprises ─────────────────────────────

export interface SeedEnterprise {
  slug: string;
  /** Prefix of the enterprise's SKU codes. */
  code: string;
  nameZh: string;
  nameEn: string;
  taglineZh: string;
  taglineEn: string;
  storyZh: string;
  storyEn: string;
  foundedYear: number | null;
  productionLines: number | null;
  isSample: boolean;
}

export const ENTERPRISES: readonly SeedEnterprise[] = [
  {
    slug: "jiaming",
    code: "JM",
    nameZh: "嘉明陶瓷",
    nameEn: "Jiaming Ceramics",
    taglineZh: "金沙滩第一家民营陶瓷厂 · 天天用得上的好瓷",
    taglineEn: "The area's first private ceramics works · porcelain for every day",
    storyZh:
      "嘉明陶瓷厂是怀仁金沙滩镇一带的第一家民营陶瓷厂，南家堡村的日用瓷产业正是从这里起步。厂里主做家家户户天天用得上的碗、盘、杯，青花与白瓷是老本行。过去这些好瓷多是整车批发到外地，如今经由村里的共享电商仓，一件一件直接送到您家。",
    storyEn:
      "Jiaming Ceramics was the first private ceramics works around Jinshatan town in Huairen, and Nanjiabao's daily-use porcelain industry grew from it. Its kilns make the bowls, plates and cups a household reaches for every day, with blue-and-white and plain white as its mainstay. Ware that once left by the truckload for distant wholesalers now comes to your door piece by piece, through the village's shared e-commerce warehouse.",
    foundedYear: null,
    productionLines: null,
    isSample: false,
  },
  {
    slug: "yulong",
    code: "YL",
    nameZh: "玉珑瓷业",
    nameEn: "Yulong Porcelain",
    taglineZh: "温润如玉的日用餐具",
    taglineEn: "Everyday tableware with the gentle sheen of jade",
    storyZh:
      "玉珑瓷业是南家堡村的日用瓷企业之一，以成套的家用餐具见长。从一只饭碗到一整套餐具，讲究釉面温润、器型耐用、成套统一。加入“陶瓷e村”后，玉珑的瓷器由村里的主播在直播间讲解，并从共享仓直接发货。",
    storyEn:
      "Yulong Porcelain is one of Nanjiabao's daily-use porcelain makers, known for matching household tableware. From a single rice bowl to a full dinner service, the aim is a soft glaze, a durable shape and pieces that belong together. As part of the Ceramic e-Village, its ware is presented by the village's hosts in live sessions and shipped from the shared warehouse.",
    foundedYear: null,
    productionLines: null,
    isSample: false,
  },
  {
    slug: "qinglan",
    code: "QL",
    nameZh: "青岚瓷坊",
    nameEn: "Qinglan Porcelain Studio",
    taglineZh: "一壶一杯，青瓷与天青",
    taglineEn: "Celadon and sky-blue ware for the tea table",
    storyZh:
      "青岚瓷坊是一家小而专的茶器作坊，只做青瓷与仿汝天青釉。坊里的师傅反复调试釉料配方，追求“雨过天青”的颜色和自然的开片。一把壶、一只杯，都希望陪您慢慢喝出茶色。",
    storyEn:
      "Qinglan is a small studio devoted to tea ware in celadon and Ru-style sky-blue glazes. Its potters keep refining their glaze recipes in pursuit of the colour of the sky after rain and a crackle that forms on its own. Each pot and cup is meant to take on the colour of your tea, slowly, over years of use.",
    foundedYear: 2011,
    productionLines: 1,
    isSample: true,
  },
  {
    slug: "beiyao",
    code: "BY",
    nameZh: "北窑日用瓷",
    nameEn: "Beiyao Daily Porcelain",
    taglineZh: "酒店品质的白瓷，家里也用得起",
    taglineEn: "Hotel-grade white porcelain at a household price",
    storyZh:
      "北窑日用瓷长期为饭店和单位食堂供应白瓷餐具，器型厚实耐磕、叠放整齐。现在同样的白瓷也面向家庭零售：不加花哨装饰，耐用、好搭、好清洗。",
    storyEn:
      "Beiyao has long supplied white porcelain to restaurants and canteens: thick-walled, chip-resistant pieces that stack neatly. The same ware is now sold to households too, without fuss or decoration: durable, easy to match and easy to clean.",
    foundedYear: 1998,
    productionLines: 2,
    isSample: true,
  },
  {
    slug: "sanggan",
    code: "SG",
    nameZh: "桑干窑变",
    nameEn: "Sanggan Flambé Works",
    taglineZh: "一窑一色，窑火写就的釉彩",
    taglineEn: "Colours written by the kiln fire",
    storyZh:
      "桑干窑变专做窑变釉，红、紫、蓝在窑火里自由流淌，同一窑出来的作品也各不相同。作坊以花瓶、摆件为主，也做一些日常杯盏，把窑变的惊喜带上餐桌。",
    storyEn:
      "Sanggan works only in flambé glazes, letting reds, purples and blues run freely in the fire, so no two pieces from the same firing look alike. Vases and decorative pieces are its main line, along with a few cups and bowls that bring the kiln's surprises to the table.",
    foundedYear: 2013,
    productionLines: 1,
    isSample: true,
  },
  {
    slug: "xuanyou",
    code: "XY",
    nameZh: "玄釉陶社",
    nameEn: "Xuanyou Glaze House",
    taglineZh: "天目与哑光，拿在手里的质感",
    taglineEn: "Tenmoku and matte glazes you can feel",
    storyZh:
      "玄釉陶社由几位回乡的年轻人创办，偏爱天目釉和哑光釉的厚重质感。兔毫、油滴这些传统釉色，配上现代的杯型和马克杯，是他们最受欢迎的作品。",
    storyEn:
      "Xuanyou was started by a few young people who came home to the village, drawn to the weight and texture of tenmoku and matte glazes. Traditional effects such as hare's fur and oil spot, on modern cups and mugs, are their best-loved work.",
    foundedYear: 2017,
    productionLines: 1,
    isSample: true,
  },
  {
    slug: "huajian",
    code: "HJ",
    nameZh: "花间彩瓷",
    nameEn: "Huajian Painted Porcelain",
    taglineZh: "手绘粉彩，花开四季",
    taglineEn: "Hand-painted famille rose, flowers in every season",
    storyZh:
      "花间彩瓷的画工大多是村里的姐妹，在白瓷上一笔一笔描绘牡丹、红梅和秋菊，再经低温烤花定色。每件作品都带着手绘的细微差别，适合自用，也适合送礼。",
    storyEn:
      "Most of Huajian's painters are women of the village, who paint peonies, red plum and chrysanthemums stroke by stroke on white porcelain before a low firing fixes the colours. Every piece carries the small differences of the hand, and makes as good a gift as it does a daily companion.",
    foundedYear: 2008,
    productionLines: 1,
    isSample: true,
  },
  {
    slug: "weilan",
    code: "WL",
    nameZh: "蔚蓝瓷业",
    nameEn: "Weilan Porcelain",
    taglineZh: "霁蓝、玲珑与青花，一抹中国蓝",
    taglineEn: "Cobalt, rice-grain and blue-and-white: shades of Chinese blue",
    storyZh:
      "蔚蓝瓷业专注各种“蓝”：深沉的霁蓝釉、透光的玲珑瓷，以及经典青花。工厂把传统装饰用在现代器型上，让一只马克杯、一套茶具也有东方韵味。",
    storyEn:
      "Weilan is devoted to blues: deep cobalt glazes, translucent rice-grain linglong and classic blue-and-white. It puts traditional decoration on modern shapes, so that even a mug or a tea set carries an Eastern grace.",
    foundedYear: 2004,
    productionLines: 2,
    isSample: true,
  },
  {
    slug: "jiahe",
    code: "JH",
    nameZh: "家和厨瓷",
    nameEn: "Jiahe Kitchen Porcelain",
    taglineZh: "厨房里的瓷器，好用又好看",
    taglineEn: "Porcelain for the kitchen, useful and good-looking",
    storyZh:
      "家和厨瓷做的是厨房里的瓷器：储物罐、密封罐、调味罐、泡菜坛和汤勺。设计从家里人的使用习惯出发，好拿、好洗、好收纳，也让灶台多几分清爽。",
    storyEn:
      "Jiahe makes porcelain for the kitchen: storage jars, canisters, seasoning jars, pickle crocks and soup spoons. Every design starts from how families actually cook, so pieces are easy to hold, wash and store, and make the counter a little brighter.",
    foundedYear: 2010,
    productionLines: 1,
    isSample: true,
  },
];

// ───────────────────────────── warehouse ─────────────────────────────

export const WAREHOUSE = {
  code: "NJB-1",
  nameZh: "南家堡共享电商仓",
  nameEn: "Nanjiabao Shared E-commerce Warehouse",
  addressZh: "山西省朔州市怀仁市金沙滩镇南家堡村 陶瓷e村共享电商物流中心",
  addressEn: "Ceramic e-Village Shared Logistics Centre, Nanjiabao Village, Jinshatan Town, Huairen, Shuozhou, Shanxi, China",
} as const;

/** Aisle-rack-shelf bins A-01-1 … D-06-4. */
export const BIN_CODES: readonly string[] = ["A", "B", "C", "D"].flatMap((aisle) =>
  [1, 2, 3, 4, 5, 6].flatMap((rack) => [1, 2, 3, 4].map((shelf) => `${aisle}-${String(rack).padStart(2, "0")}-${shelf}`)),
);

// ───────────────────────────── product types ─────────────────────────────

/** One SKU of a product type: [size code, size zh, size en, pieces in the pack, grams, base price in yuan]. */
type VariantTemplate = readonly [code: string, sizeZh: string, sizeEn: string, setCount: number, grams: number, yuan: number, packZh?: string, packEn?: string];

interface ProductType {
  code: string;
  category: CategorySlug;
  shape: ArtworkShape;
  nameZh: string;
  nameEn: string;
  /** Measure word for "one" and "n-pack": 只, 把, 个. */
  unitZh: string;
  variants: readonly VariantTemplate[];
  /** Per-piece price bounds in yuan for single units (the brief's realistic ranges). */
  clamp?: readonly [number, number];
  lowStockThreshold: number;
  /** Typical stock of a well-stocked SKU. */
  stockRange: readonly [number, number];
  keywords: readonly string[];
  sentences: ReadonlyArray<readonly [zh: string, en: string]>;
}

const TYPES = {
  "rice-bowl": {
    code: "BWL",
    category: "bowls",
    shape: "bowl",
    nameZh: "饭碗",
    nameEn: "Rice Bowl",
    unitZh: "只",
    variants: [["045", "4.5寸", "4.5 in", 1, 190, 16], ["045", "4.5寸", "4.5 in", 4, 760, 54], ["050", "5寸", "5 in", 1, 240, 19]],
    clamp: [12, 39],
    lowStockThreshold: 10,
    stockRange: [80, 400],
    keywords: ["碗", "饭碗", "米饭碗", "bowl", "rice bowl"],
    sentences: [
      ["日常盛饭的饭碗，碗壁微微外撇，端在手里稳当又不烫手。", "An everyday rice bowl with a gently flared wall that sits steady in the hand and keeps fingers clear of the heat."],
      ["大小正合适的家常饭碗，盛米饭、盛汤、装小菜都合用。", "A well-sized rice bowl for the family table, just as handy for soup or a side dish."],
    ],
  },
  "kids-bowl": {
    code: "KBW",
    category: "bowls",
    shape: "bowl",
    nameZh: "儿童碗",
    nameEn: "Kids' Bowl",
    unitZh: "只",
    variants: [["040", "4寸", "4 in", 1, 150, 15], ["040", "4寸", "4 in", 2, 300, 28]],
    clamp: [12, 39],
    lowStockThreshold: 10,
    stockRange: [60, 240],
    keywords: ["儿童碗", "宝宝碗", "小碗", "kids bowl", "children", "bowl"],
    sentences: [["小一号的儿童碗，碗壁厚实、分量轻巧，小手也能端得稳。", "A smaller bowl for children, thick-walled yet light, so little hands can hold it steady."]],
  },
  "noodle-bowl": {
    code: "NDL",
    category: "bowls",
    shape: "bowl",
    nameZh: "面碗",
    nameEn: "Noodle Bowl",
    unitZh: "只",
    variants: [["070", "7寸", "7 in", 1, 430, 32], ["080", "8寸", "8 in", 1, 580, 42]],
    lowStockThreshold: 8,
    stockRange: [40, 260],
    keywords: ["面碗", "拉面碗", "大碗", "汤面碗", "noodle bowl", "ramen bowl", "bowl"],
    sentences: [
      ["口径宽、碗身深的大面碗，一碗拉面连汤带料都装得下。", "A wide, deep noodle bowl with room for a full serving of ramen, broth and all."],
      ["大口径面碗，盛面条、麻辣烫或一大份沙拉都合适。", "A generous noodle bowl that also suits a hot-pot helping or a big salad."],
    ],
  },
  "soup-bowl": {
    code: "SBL",
    category: "bowls",
    shape: "bowl",
    nameZh: "汤碗",
    nameEn: "Soup Bowl",
    unitZh: "只",
    variants: [["090", "9寸", "9 in", 1, 880, 58], ["100", "10寸", "10 in", 1, 1120, 72]],
    lowStockThreshold: 5,
    stockRange: [30, 160],
    keywords: ["汤碗", "汤盆", "大汤碗", "soup bowl", "serving bowl", "bowl"],
    sentences: [["全家共用的大汤碗，炖一锅汤、盛一盆菜端上桌都体面。", "A large soup bowl for sharing, smart enough to bring a whole stew to the table."]],
  },
  "dinner-plate": {
    code: "PLT",
    category: "plates",
    shape: "plate",
    nameZh: "平盘",
    nameEn: "Dinner Plate",
    unitZh: "只",
    variants: [["080", "8寸", "8 in", 1, 460, 26], ["100", "10寸", "10 in", 1, 720, 38], ["080", "8寸", "8 in", 4, 1840, 89]],
    lowStockThreshold: 8,
    stockRange: [60, 320],
    keywords: ["盘子", "平盘", "菜盘", "西餐盘", "plate", "dinner plate"],
    sentences: [
      ["平整宽边的平盘，盛炒菜、点心或西餐都大方。", "A flat dinner plate with a wide rim, equally good for stir-fries, dim sum or a Western meal."],
      ["家常平盘，盘面平整好摆盘，叠放起来也省地方。", "An everyday dinner plate with a flat face that shows food off and stacks neatly."],
    ],
  },
  "deep-plate": {
    code: "DPL",
    category: "plates",
    shape: "dish",
    nameZh: "深盘",
    nameEn: "Deep Plate",
    unitZh: "只",
    variants: [["080", "8寸", "8 in", 1, 520, 29], ["090", "9寸", "9 in", 1, 650, 36]],
    lowStockThreshold: 8,
    stockRange: [50, 260],
    keywords: ["深盘", "菜盘", "汤盘", "意面盘", "盘子", "deep plate", "pasta plate", "plate"],
    sentences: [["带一点深度的深盘，有汤汁的菜、意面或水果都不会溢出来。", "A deep plate with enough depth for saucy dishes, pasta or fruit."]],
  },
  "fish-plate": {
    code: "FSH",
    category: "plates",
    shape: "plate",
    nameZh: "鱼盘",
    nameEn: "Fish Platter",
    unitZh: "只",
    variants: [["120", "12寸", "12 in", 1, 980, 59], ["140", "14寸", "14 in", 1, 1350, 79]],
    lowStockThreshold: 5,
    stockRange: [20, 140],
    keywords: ["鱼盘", "大盘", "长盘", "蒸鱼盘", "platter", "fish plate", "serving plate"],
    sentences: [["宽大的鱼盘，一整条清蒸鱼或一大份硬菜都放得下。", "A large platter that takes a whole steamed fish or a generous sharing dish."]],
  },
  "sauce-dish": {
    code: "SDS",
    category: "plates",
    shape: "dish",
    nameZh: "味碟",
    nameEn: "Sauce Dish",
    unitZh: "只",
    variants: [["035", "3.5寸", "3.5 in", 1, 70, 8], ["035", "3.5寸", "3.5 in", 6, 420, 39]],
    lowStockThreshold: 10,
    stockRange: [100, 400],
    keywords: ["味碟", "调味碟", "小碟", "酱料碟", "sauce dish", "dipping dish", "dish"],
    sentences: [["小巧的味碟，盛酱油、醋或小咸菜，吃饺子、涮火锅都用得上。", "A little dish for soy sauce, vinegar or pickles, indispensable for dumplings and hot pot."]],
  },
  "decor-plate": {
    code: "DCP",
    category: "vases-decor",
    shape: "plate",
    nameZh: "赏盘",
    nameEn: "Decorative Plate",
    unitZh: "只",
    variants: [["100", "10寸", "10 in", 1, 820, 148], ["120", "12寸", "12 in", 1, 1180, 208]],
    clamp: [88, 680],
    lowStockThreshold: 5,
    stockRange: [10, 60],
    keywords: ["挂盘", "装饰盘", "赏盘", "摆件", "decorative plate", "wall plate", "decor"],
    sentences: [["可挂可摆的赏盘，附挂钩与支架，为客厅添一抹瓷色。", "A decorative plate to hang or stand, supplied with a hook and a stand, to bring porcelain colour to a room."]],
  },
  mug: {
    code: "MUG",
    category: "cups-mugs",
    shape: "mug",
    nameZh: "马克杯",
    nameEn: "Mug",
    unitZh: "只",
    variants: [["350", "350毫升", "350 ml", 1, 340, 32], ["450", "450毫升", "450 ml", 1, 410, 39]],
    clamp: [29, 69],
    lowStockThreshold: 10,
    stockRange: [60, 360],
    keywords: ["马克杯", "杯子", "咖啡杯", "水杯", "mug", "coffee mug", "cup"],
    sentences: [
      ["厚实的马克杯，咖啡、牛奶、热茶都合适，杯柄握着舒服。", "A sturdy mug for coffee, milk or tea, with a handle that is comfortable to hold."],
      ["放在办公桌上的日常水杯，容量足、杯壁厚，饮品凉得慢。", "A desk-side mug with plenty of room and a thick wall that keeps drinks warm for longer."],
    ],
  },
  teacup: {
    code: "TCP",
    category: "cups-mugs",
    shape: "cup",
    nameZh: "品茗杯",
    nameEn: "Teacup",
    unitZh: "只",
    variants: [["080", "80毫升", "80 ml", 1, 70, 16], ["080", "80毫升", "80 ml", 6, 420, 79]],
    lowStockThreshold: 10,
    stockRange: [80, 400],
    keywords: ["茶杯", "品茗杯", "主人杯", "杯子", "teacup", "tea cup", "cup"],
    sentences: [["小巧的品茗杯，杯口薄而外撇，喝功夫茶正合适。", "A small teacup with a thin, flared lip, just right for gongfu tea."]],
  },
  "coffee-cup": {
    code: "CCS",
    category: "cups-mugs",
    shape: "cup",
    nameZh: "咖啡杯碟",
    nameEn: "Coffee Cup and Saucer",
    unitZh: "套",
    variants: [["220", "220毫升", "220 ml", 1, 390, 45], ["220", "220毫升", "220 ml", 2, 780, 84]],
    lowStockThreshold: 8,
    stockRange: [30, 200],
    keywords: ["咖啡杯", "杯碟", "下午茶", "杯子", "coffee cup", "saucer", "cup"],
    sentences: [["一杯一碟的咖啡杯，拿铁、卡布奇诺和下午茶都相宜。", "A cup with its saucer, made for lattes, cappuccinos and afternoon tea."]],
  },
  "kungfu-tea-set": {
    code: "KTS",
    category: "tea-sets",
    shape: "tea-set",
    nameZh: "功夫茶具套装",
    nameEn: "Gongfu Tea Set",
    unitZh: "套",
    variants: [
      ["P4", "", "", 5, 1150, 228, "一壶四杯", "teapot and 4 cups"],
      ["P6", "", "", 7, 1320, 268, "一壶六杯", "teapot and 6 cups"],
      ["P6F", "", "", 8, 1560, 318, "一壶六杯一公道杯", "teapot, 6 cups and a pitcher"],
    ],
    clamp: [168, 899],
    lowStockThreshold: 5,
    stockRange: [12, 90],
    keywords: ["茶具", "茶具套装", "功夫茶具", "茶壶", "茶杯", "tea set", "gongfu", "kung fu tea", "teapot"],
    sentences: [
      ["一套齐全的功夫茶具，壶与杯成套，出水利落不挂滴。", "A complete gongfu tea set with matching pot and cups; the spout pours cleanly without dribbling."],
      ["朋友来访时泡一壶好茶，这套茶具摆在茶台上就很体面。", "For brewing a good pot when friends come round; the set looks fine on any tea table."],
    ],
  },
  "travel-tea-set": {
    code: "TTS",
    category: "tea-sets",
    shape: "tea-set",
    nameZh: "旅行茶具",
    nameEn: "Travel Tea Set",
    unitZh: "套",
    variants: [["P2", "", "", 3, 680, 168, "一壶两杯 含收纳包", "teapot and 2 cups with carry case"]],
    clamp: [168, 899],
    lowStockThreshold: 5,
    stockRange: [15, 120],
    keywords: ["旅行茶具", "便携茶具", "快客杯", "户外茶具", "travel tea set", "portable", "tea set"],
    sentences: [["一壶两杯的旅行茶具，配收纳包，出差、露营都能随身带上。", "A travel tea set of one pot and two cups in a padded case, ready for trips and camping."]],
  },
  teapot: {
    code: "TPT",
    category: "tea-sets",
    shape: "teapot",
    nameZh: "茶壶",
    nameEn: "Teapot",
    unitZh: "把",
    variants: [["300", "300毫升", "300 ml", 1, 420, 168], ["500", "500毫升", "500 ml", 1, 560, 198]],
    clamp: [168, 899],
    lowStockThreshold: 5,
    stockRange: [15, 120],
    keywords: ["茶壶", "泡茶壶", "瓷壶", "teapot", "tea pot"],
    sentences: [["出水顺畅的泡茶壶，壶内带滤孔，绿茶、红茶都好泡。", "A teapot with a built-in strainer and a smooth pour, good for green and black teas alike."]],
  },
  "dinnerware-set": {
    code: "DWS",
    category: "dinnerware-sets",
    shape: "dinnerware-set",
    nameZh: "餐具套装",
    nameEn: "Dinnerware Set",
    unitZh: "套",
    variants: [
      ["10P", "", "", 10, 3600, 209, "2人份 10件套", "for 2, 10 pieces"],
      ["16P", "", "", 16, 6200, 369, "4人份 16件套", "for 4, 16 pieces"],
      ["28P", "", "", 28, 10800, 599, "6人份 28件套", "for 6, 28 pieces"],
    ],
    clamp: [199, 1299],
    lowStockThreshold: 5,
    stockRange: [8, 60],
    keywords: ["餐具套装", "碗盘套装", "碗碟套装", "家用餐具", "乔迁", "dinnerware", "dinner set", "tableware"],
    sentences: [
      ["一次配齐的家用餐具套装，饭碗、汤碗、平盘、味碟与汤勺成套统一。", "A complete household dinnerware set: rice bowls, soup bowl, plates, sauce dishes and spoons that all match."],
      ["乔迁、新婚或给父母换一套新餐具，整套配齐、风格统一。", "A fitting gift for a new home, a wedding or parents due a new service, with every piece in one style."],
    ],
  },
  "meiping-vase": {
    code: "MPV",
    category: "vases-decor",
    shape: "vase",
    nameZh: "梅瓶",
    nameEn: "Meiping Vase",
    unitZh: "只",
    variants: [["250", "高25厘米", "25 cm tall", 1, 1100, 158], ["350", "高35厘米", "35 cm tall", 1, 2100, 268]],
    clamp: [88, 680],
    lowStockThreshold: 5,
    stockRange: [8, 60],
    keywords: ["花瓶", "梅瓶", "摆件", "插花", "vase", "meiping", "decor"],
    sentences: [["小口、丰肩、瘦底的梅瓶，插一枝梅花或空着摆放都好看。", "A meiping vase with a small mouth, full shoulders and a slender foot, lovely with a single branch or on its own."]],
  },
  "pear-vase": {
    code: "YHC",
    category: "vases-decor",
    shape: "pear-vase",
    nameZh: "玉壶春瓶",
    nameEn: "Pear-Shaped Vase",
    unitZh: "只",
    variants: [["280", "高28厘米", "28 cm tall", 1, 900, 128]],
    clamp: [88, 680],
    lowStockThreshold: 5,
    stockRange: [8, 60],
    keywords: ["花瓶", "玉壶春", "摆件", "插花", "vase", "pear vase", "yuhuchun", "decor"],
    sentences: [["撇口、细颈、垂腹的玉壶春瓶，线条柔和，放在案头很雅致。", "A pear-shaped yuhuchun vase with a flared mouth, slim neck and rounded belly, graceful on a desk or sideboard."]],
  },
  "bud-vase": {
    code: "BDV",
    category: "vases-decor",
    shape: "pear-vase",
    nameZh: "小花瓶",
    nameEn: "Bud Vase",
    unitZh: "只",
    variants: [["150", "高15厘米", "15 cm tall", 1, 380, 88], ["150", "高15厘米", "15 cm tall", 3, 1140, 228]],
    clamp: [88, 680],
    lowStockThreshold: 5,
    stockRange: [20, 150],
    keywords: ["小花瓶", "花器", "插花", "bud vase", "vase", "small vase"],
    sentences: [["小巧的花器，插一两枝花放在书桌或窗台上正好。", "A small bud vase for one or two stems on a desk or windowsill."]],
  },
  "ginger-jar": {
    code: "GJR",
    category: "vases-decor",
    shape: "jar",
    nameZh: "将军罐",
    nameEn: "Ginger Jar",
    unitZh: "只",
    variants: [["200", "高20厘米", "20 cm tall", 1, 1500, 298], ["300", "高30厘米", "30 cm tall", 1, 2900, 428]],
    clamp: [88, 680],
    lowStockThreshold: 5,
    stockRange: [6, 40],
    keywords: ["将军罐", "盖罐", "摆件", "ginger jar", "lidded jar", "decor"],
    sentences: [["带盖的将军罐，器型端庄，摆在玄关或书架上都很出彩。", "A lidded ginger jar with a stately shape that stands out in a hallway or on a bookshelf."]],
  },
  "storage-jar": {
    code: "SJR",
    category: "kitchen-storage",
    shape: "jar",
    nameZh: "储物罐",
    nameEn: "Storage Jar",
    unitZh: "个",
    variants: [["800", "800毫升", "800 ml", 1, 900, 45], ["1500", "1.5升", "1.5 L", 1, 1400, 62]],
    lowStockThreshold: 8,
    stockRange: [30, 220],
    keywords: ["储物罐", "密封罐", "米罐", "罐子", "storage jar", "jar", "kitchen storage"],
    sentences: [["带盖储物罐，装米、豆、干货或茶叶都合适，瓷罐不串味。", "A lidded storage jar for rice, beans, dried goods or tea; porcelain keeps flavours from mixing."]],
  },
  canister: {
    code: "CNS",
    category: "kitchen-storage",
    shape: "canister",
    nameZh: "竹盖密封罐",
    nameEn: "Canister with Bamboo Lid",
    unitZh: "个",
    variants: [["600", "600毫升", "600 ml", 1, 620, 36], ["1000", "1升", "1 L", 1, 880, 49]],
    lowStockThreshold: 8,
    stockRange: [40, 260],
    keywords: ["密封罐", "茶叶罐", "咖啡豆罐", "储物罐", "canister", "jar", "coffee canister", "kitchen storage"],
    sentences: [["配竹盖和硅胶密封圈的密封罐，咖啡豆、茶叶、零食都能防潮。", "A canister with a bamboo lid and a silicone seal that keeps coffee beans, tea and snacks dry."]],
  },
  "seasoning-jar": {
    code: "SPJ",
    category: "kitchen-storage",
    shape: "canister",
    nameZh: "调味罐",
    nameEn: "Seasoning Jar",
    unitZh: "个",
    variants: [["250", "250毫升", "250 ml", 1, 300, 26], ["250", "250毫升", "250 ml", 3, 900, 69]],
    lowStockThreshold: 10,
    stockRange: [60, 300],
    keywords: ["调味罐", "调料罐", "盐罐", "糖罐", "spice jar", "seasoning jar", "kitchen"],
    sentences: [["放在灶台边的调味罐，装盐、糖、花椒，取用方便。", "A seasoning jar for salt, sugar or peppercorns, handy by the stove."]],
  },
  "pickle-jar": {
    code: "PKL",
    category: "kitchen-storage",
    shape: "jar",
    nameZh: "泡菜坛",
    nameEn: "Pickle Crock",
    unitZh: "个",
    variants: [["2500", "2.5升", "2.5 L", 1, 2400, 79], ["5000", "5升", "5 L", 1, 4100, 119]],
    lowStockThreshold: 5,
    stockRange: [15, 90],
    keywords: ["泡菜坛", "腌菜坛", "坛子", "酸菜", "pickle jar", "crock", "fermenting"],
    sentences: [["传统泡菜坛，坛沿加水就能密封，自家腌酸菜、泡菜都放心。", "A traditional pickle crock with a water-seal rim for home-made pickles and sauerkraut."]],
  },
  "soup-spoon": {
    code: "SPN",
    category: "kitchen-storage",
    shape: "spoon",
    nameZh: "汤勺",
    nameEn: "Soup Spoon",
    unitZh: "把",
    variants: [["135", "13.5厘米", "13.5 cm", 1, 35, 6], ["135", "13.5厘米", "13.5 cm", 6, 210, 29]],
    lowStockThreshold: 10,
    stockRange: [120, 400],
    keywords: ["汤勺", "勺子", "调羹", "汤匙", "spoon", "soup spoon"],
    sentences: [["圆润趁手的汤勺，喝汤、吃馄饨都顺口。", "A rounded soup spoon that feels right in the hand, for soups and wontons."]],
  },
} as const satisfies Record<string, ProductType>;

type TypeKey = keyof typeof TYPES;

// ───────────────────────────── glazes and patterns in words ─────────────────────────────

interface GlazeWords {
  code: string;
  nameZh: string;
  nameEn: string;
  /** Price factor relative to plain white porcelain. */
  factor: number;
  materialZh: string;
  materialEn: string;
  keywords: readonly string[];
  /** The glaze sentence, with the pattern phrase dropped in. */
  sentence: (patternZh: string, patternEn: string) => readonly [string, string];
}

const GLAZE_WORDS: Record<GlazeSlug, GlazeWords> = {
  qinghua: {
    code: "QH",
    nameZh: "青花",
    nameEn: "Blue-and-White",
    factor: 1.35,
    materialZh: "高白瓷，釉下青花",
    materialEn: "High-white porcelain, underglaze cobalt blue",
    keywords: ["青花瓷", "青花", "釉下彩", "qinghua", "blue and white", "blue-and-white", "cobalt blue", "chinoiserie"],
    sentence: (zh, en) => [`釉下青花手绘${zh}，青料发色沉稳，釉面清亮。`, `Hand-painted underglaze cobalt ${en}, a deep steady blue under a clear, bright glaze.`],
  },
  celadon: {
    code: "CL",
    nameZh: "青瓷",
    nameEn: "Celadon",
    factor: 1.3,
    materialZh: "瓷胎，青釉",
    materialEn: "Porcelain body, celadon glaze",
    keywords: ["青瓷", "豆青", "粉青", "celadon", "jade green", "green"],
    sentence: (zh, en) => [`青釉釉色如玉，${zh}`, `A jade-green celadon glaze, ${en}`],
  },
  white: {
    code: "WH",
    nameZh: "白瓷",
    nameEn: "White Porcelain",
    factor: 1,
    materialZh: "高白瓷（强化瓷）",
    materialEn: "High-white reinforced porcelain",
    keywords: ["白瓷", "高白瓷", "纯白", "white porcelain", "white", "plain white"],
    sentence: (zh, en) => [`高白瓷胎，釉面白净细腻，${zh}`, `High-white porcelain with a clean, smooth glaze${en}`],
  },
  "famille-rose": {
    code: "FR",
    nameZh: "粉彩",
    nameEn: "Famille Rose",
    factor: 1.6,
    materialZh: "高白瓷，釉上粉彩手绘",
    materialEn: "High-white porcelain, hand-painted overglaze enamels",
    keywords: ["粉彩", "彩瓷", "手绘", "花卉", "famille rose", "hand painted", "floral", "pink"],
    sentence: (zh, en) => [`釉上粉彩手绘${zh}，色彩柔和，口沿描金。`, `Overglaze famille-rose enamels, hand-painted with ${en} in soft colours and finished with a gold rim.`],
  },
  cobalt: {
    code: "CB",
    nameZh: "霁蓝",
    nameEn: "Cobalt Blue",
    factor: 1.45,
    materialZh: "瓷胎，霁蓝釉",
    materialEn: "Porcelain body, cobalt-blue glaze",
    keywords: ["霁蓝", "宝石蓝", "蓝色", "cobalt", "cobalt blue", "navy", "blue"],
    sentence: (zh, en) => [`霁蓝釉色深沉浓郁，${zh}`, `A deep, rich cobalt-blue glaze ${en}`],
  },
  linglong: {
    code: "LL",
    nameZh: "玲珑",
    nameEn: "Linglong",
    factor: 1.5,
    materialZh: "高白瓷，玲珑透光工艺",
    materialEn: "High-white porcelain with translucent rice-grain openwork",
    keywords: ["玲珑瓷", "玲珑", "米通", "透光", "linglong", "rice grain", "rice pattern", "translucent"],
    sentence: (zh, en) => [`玲珑瓷在坯上镂出米粒形孔再以釉填平，对着光能透出点点青光，${zh}`, `Linglong porcelain: rice-grain openings are cut through the body and filled with glaze, so light glows through them${en}`],
  },
  ru: {
    code: "RU",
    nameZh: "汝瓷",
    nameEn: "Ru Sky-Blue",
    factor: 1.6,
    materialZh: "瓷胎，仿汝窑天青釉",
    materialEn: "Porcelain body, Ru-style sky-blue glaze",
    keywords: ["汝窑", "汝瓷", "天青", "开片", "ru ware", "ru kiln", "sky blue", "crackle"],
    sentence: (zh, en) => [`仿汝窑天青釉，${zh}`, `A Ru-style sky-blue glaze ${en}`],
  },
  tenmoku: {
    code: "TM",
    nameZh: "天目",
    nameEn: "Tenmoku",
    factor: 1.5,
    materialZh: "炻器，天目釉",
    materialEn: "Stoneware, tenmoku glaze",
    keywords: ["天目", "天目釉", "建盏", "黑釉", "tenmoku", "temmoku", "black glaze", "brown"],
    sentence: (zh, en) => [`高温烧成的天目釉，${zh}`, `A high-fired tenmoku glaze ${en}`],
  },
  flambe: {
    code: "FL",
    nameZh: "窑变",
    nameEn: "Flambé",
    factor: 1.7,
    materialZh: "瓷胎，窑变釉",
    materialEn: "Porcelain body, kiln-transformed (flambé) glaze",
    keywords: ["窑变", "窑变釉", "红釉", "钧红", "flambe", "flambé", "kiln transformation", "red glaze"],
    sentence: (zh, en) => [`窑变釉在窑火中自然流淌变化，${zh}，每一件的色彩都独一无二。`, `A flambé glaze that flows and changes in the kiln, ${en}; no two pieces come out alike.`],
  },
  matte: {
    code: "MT",
    nameZh: "哑光",
    nameEn: "Matte",
    factor: 1.25,
    materialZh: "炻器，哑光釉",
    materialEn: "Stoneware, matte glaze",
    keywords: ["哑光", "磨砂", "粗陶", "炻器", "matte", "matt", "stoneware", "speckled"],
    sentence: (zh, en) => [`哑光釉面摸起来像石头一样温和，${zh}`, `A soft, stone-like matte glaze ${en}`],
  },
};

interface PatternWords {
  /** Words in the product name (empty for a plain glaze). */
  nameZh: string;
  nameEn: string;
  /** English name puts the pattern before the glaze ("Gold-Rim White Porcelain …"). */
  before?: boolean;
  /** Phrases for the glaze sentence. */
  phraseZh: string;
  phraseEn: string;
  keywords: readonly string[];
}

const PATTERN_WORDS: { [G in GlazeSlug]: Record<(typeof ARTWORK_PATTERNS)[G][number], PatternWords> } = {
  qinghua: {
    "lotus-scroll": { nameZh: "缠枝莲", nameEn: "Lotus", phraseZh: "缠枝莲纹", phraseEn: "lotus scrolls", keywords: ["莲花", "缠枝莲", "lotus"] },
    waves: { nameZh: "海水纹", nameEn: "Wave", phraseZh: "海水纹", phraseEn: "rolling waves", keywords: ["海水", "波浪", "wave", "waves"] },
    plum: { nameZh: "梅花", nameEn: "Plum Blossom", phraseZh: "梅花枝", phraseEn: "plum-blossom branches", keywords: ["梅花", "plum blossom", "flower"] },
    fish: { nameZh: "鱼藻纹", nameEn: "Fish", phraseZh: "鱼藻纹，寓意年年有余", phraseEn: "fish among water weeds, a wish for plenty", keywords: ["鱼", "年年有余", "fish"] },
    clouds: { nameZh: "祥云", nameEn: "Cloud", phraseZh: "祥云纹", phraseEn: "auspicious clouds", keywords: ["祥云", "云纹", "cloud"] },
    bamboo: { nameZh: "竹纹", nameEn: "Bamboo", phraseZh: "翠竹", phraseEn: "bamboo", keywords: ["竹子", "竹", "bamboo"] },
    "floral-dots": { nameZh: "小碎花", nameEn: "Floral", phraseZh: "小碎花", phraseEn: "little scattered flowers", keywords: ["碎花", "小花", "floral", "flower"] },
  },
  celadon: {
    plain: { nameZh: "", nameEn: "", phraseZh: "釉层肥厚温润，素面更显釉色。", phraseEn: "thick and soft, left plain so the colour speaks for itself.", keywords: ["素面", "plain"] },
    "lotus-petals": { nameZh: "莲瓣", nameEn: "Lotus Petal", phraseZh: "外壁刻莲瓣纹，积釉处颜色更深。", phraseEn: "carved with lotus petals that pool darker where the glaze gathers.", keywords: ["莲瓣", "刻花", "lotus", "carved"] },
    ribbed: { nameZh: "竖纹", nameEn: "Ribbed", before: true, phraseZh: "外壁压出竖直棱纹，握着不打滑。", phraseEn: "pressed with vertical ribs that give a sure grip.", keywords: ["竖纹", "棱纹", "ribbed"] },
    crackle: { nameZh: "开片", nameEn: "Crackle", phraseZh: "釉面自然开片，用久了会养出茶色纹路。", phraseEn: "with a natural crackle that slowly takes on tea-coloured lines with use.", keywords: ["开片", "冰裂", "crackle"] },
  },
  white: {
    plain: { nameZh: "", nameEn: "", phraseZh: "简洁百搭，配什么菜都好看。", phraseEn: ", simple enough to go with any meal.", keywords: ["简约", "纯白", "minimal"] },
    "gold-rim": { nameZh: "金边", nameEn: "Gold-Rim", before: true, phraseZh: "口沿手工描金。", phraseEn: ", finished with a hand-applied gold rim.", keywords: ["金边", "描金", "gold rim", "gold"] },
    "relief-rings": { nameZh: "浮雕弦纹", nameEn: "Embossed", before: true, phraseZh: "外壁浮雕弦纹，光影变化细腻。", phraseEn: " and embossed rings that catch the light.", keywords: ["浮雕", "弦纹", "embossed"] },
    ribbed: { nameZh: "竖纹", nameEn: "Ribbed", before: true, phraseZh: "外壁细竖纹，防滑好握。", phraseEn: " and fine vertical ribs for a sure grip.", keywords: ["竖纹", "ribbed"] },
    "blue-line": { nameZh: "蓝边", nameEn: "Blue-Rim", before: true, phraseZh: "口沿一道蓝边，清爽利落。", phraseEn: " and a crisp blue line at the rim.", keywords: ["蓝边", "blue rim", "blue line"] },
  },
  "famille-rose": {
    peony: { nameZh: "牡丹", nameEn: "Peony", phraseZh: "富贵牡丹", phraseEn: "peonies", keywords: ["牡丹", "peony", "flower"] },
    plum: { nameZh: "红梅", nameEn: "Red Plum", phraseZh: "红梅与寿桃", phraseEn: "red plum blossom and peaches", keywords: ["红梅", "梅花", "plum blossom"] },
    chrysanthemum: { nameZh: "秋菊", nameEn: "Chrysanthemum", phraseZh: "金色秋菊", phraseEn: "golden autumn chrysanthemums", keywords: ["菊花", "chrysanthemum", "flower"] },
    sprigs: { nameZh: "小花", nameEn: "Flower Sprig", phraseZh: "四季小花", phraseEn: "little flower sprigs", keywords: ["小花", "碎花", "floral", "flower"] },
  },
  cobalt: {
    plain: { nameZh: "", nameEn: "", phraseZh: "内壁白釉，蓝白分明。", phraseEn: "outside, with clean white inside.", keywords: ["纯色", "solid colour"] },
    "gold-band": { nameZh: "描金", nameEn: "Gold-Band", before: true, phraseZh: "饰以手绘金线。", phraseEn: "set off with hand-painted gold bands.", keywords: ["描金", "金线", "gold"] },
    "white-flowers": { nameZh: "白花", nameEn: "White Flower", phraseZh: "点缀留白小花。", phraseEn: "scattered with little white flowers.", keywords: ["白花", "蓝地白花", "flower"] },
    ribbed: { nameZh: "竖纹", nameEn: "Ribbed", before: true, phraseZh: "外壁竖纹，光泽随之起伏。", phraseEn: "with vertical ribs that make the shine ripple.", keywords: ["竖纹", "ribbed"] },
  },
  linglong: {
    "rice-grain": { nameZh: "", nameEn: "", phraseZh: "再配以青花边饰。", phraseEn: "; blue-and-white bands frame the pattern.", keywords: ["青花玲珑", "blue and white"] },
    "rice-flowers": { nameZh: "花朵", nameEn: "Flower", phraseZh: "米粒排成一朵朵小花。", phraseEn: "; here the grains are arranged into little flowers.", keywords: ["花朵", "flower"] },
  },
  ru: {
    crackle: { nameZh: "开片", nameEn: "Crackle", phraseZh: "釉面开片如冰裂。", phraseEn: "with a crackle like breaking ice.", keywords: ["冰裂", "crackle"] },
    "fine-crackle": { nameZh: "细开片", nameEn: "Fine Crackle", phraseZh: "细碎开片如鱼子。", phraseEn: "with a fine fish-roe crackle.", keywords: ["鱼子纹", "细开片", "fine crackle"] },
    plain: { nameZh: "", nameEn: "", phraseZh: "釉质温润如玉，素雅安静。", phraseEn: "with a soft, jade-like sheen, quiet and plain.", keywords: ["素面", "plain"] },
  },
  tenmoku: {
    "hares-fur": { nameZh: "兔毫", nameEn: "Hare's Fur", phraseZh: "釉面析出兔毫般的细密丝纹。", phraseEn: "that breaks into fine hare's-fur streaks.", keywords: ["兔毫", "hare's fur", "hares fur"] },
    "oil-spot": { nameZh: "油滴", nameEn: "Oil Spot", phraseZh: "釉面浮现银色油滴斑。", phraseEn: "scattered with silvery oil spots.", keywords: ["油滴", "oil spot"] },
    tortoiseshell: { nameZh: "玳瑁", nameEn: "Tortoiseshell", phraseZh: "黑褐之间透出琥珀色玳瑁斑。", phraseEn: "with amber tortoiseshell patches in the dark brown.", keywords: ["玳瑁", "tortoiseshell", "amber"] },
    "rust-rim": { nameZh: "褐边", nameEn: "Brown-Rim", phraseZh: "口沿釉薄处透出铁锈般的褐色。", phraseEn: "that turns rust-brown where it thins at the rim.", keywords: ["褐边", "铁锈", "brown rim"] },
  },
  flambe: {
    sunset: { nameZh: "霞红", nameEn: "Sunset", phraseZh: "红中透紫、底部泛蓝", phraseEn: "red shading to purple and blue", keywords: ["霞红", "红紫", "sunset", "red", "purple"] },
    sky: { nameZh: "天蓝", nameEn: "Sky Blue", phraseZh: "天蓝中飘着紫红", phraseEn: "sky blue drifting into plum red", keywords: ["天蓝", "蓝紫", "sky blue", "blue"] },
    ember: { nameZh: "钧红", nameEn: "Ember Red", phraseZh: "通体钧红，流淌处深浅交错", phraseEn: "a deep ember red, lighter and darker where it ran", keywords: ["钧红", "红釉", "ember", "red"] },
  },
  matte: {
    speckled: { nameZh: "斑点", nameEn: "Speckled", before: true, phraseZh: "胎中的铁点烧成自然斑点。", phraseEn: "speckled by iron in the clay.", keywords: ["斑点", "speckled", "speckle"] },
    "ash-drip": { nameZh: "草木灰流釉", nameEn: "Ash-Drip", phraseZh: "口沿的草木灰釉自然垂流。", phraseEn: "with green wood ash running down from the rim.", keywords: ["草木灰", "流釉", "ash glaze", "drip"] },
    brushed: { nameZh: "刷痕", nameEn: "Brushstroke", phraseZh: "外壁留着手工刷痕。", phraseEn: "with the marks of a hand brush left in the slip.", keywords: ["刷痕", "手工", "brushstroke"] },
    "two-tone": { nameZh: "双色", nameEn: "Two-Tone", before: true, phraseZh: "上深下浅，双色相接。", phraseEn: "in two tones, dark above and stone below.", keywords: ["双色", "拼色", "two tone"] },
  },
};

// ───────────────────────────── the assortment ─────────────────────────────

/** [product type, glaze, pattern, featured?] */
type Line = readonly [TypeKey, GlazeSlug, string, boolean?];

const ASSORTMENT: Record<string, readonly Line[]> = {
  jiaming: [
    ["rice-bowl", "qinghua", "lotus-scroll", true],
    ["rice-bowl", "qinghua", "floral-dots"],
    ["noodle-bowl", "qinghua", "waves"],
    ["soup-bowl", "qinghua", "clouds"],
    ["dinner-plate", "qinghua", "lotus-scroll"],
    ["deep-plate", "qinghua", "fish"],
    ["sauce-dish", "qinghua", "plum"],
    ["mug", "qinghua", "plum", true],
    ["teacup", "qinghua", "bamboo"],
    ["rice-bowl", "white", "plain"],
    ["dinner-plate", "white", "blue-line"],
    ["dinnerware-set", "qinghua", "lotus-scroll"],
    ["soup-spoon", "qinghua", "floral-dots"],
    ["kungfu-tea-set", "qinghua", "clouds"],
  ],
  yulong: [
    ["dinnerware-set", "white", "gold-rim", true],
    ["dinnerware-set", "celadon", "plain"],
    ["rice-bowl", "celadon", "plain"],
    ["rice-bowl", "white", "relief-rings"],
    ["noodle-bowl", "white", "ribbed"],
    ["dinner-plate", "white", "gold-rim"],
    ["dinner-plate", "celadon", "lotus-petals"],
    ["fish-plate", "white", "plain"],
    ["mug", "white", "ribbed"],
    ["coffee-cup", "white", "gold-rim"],
    ["soup-bowl", "celadon", "lotus-petals"],
    ["sauce-dish", "celadon", "plain"],
    ["soup-spoon", "white", "gold-rim"],
    ["dinnerware-set", "white", "blue-line"],
  ],
  qinglan: [
    ["kungfu-tea-set", "ru", "crackle", true],
    ["kungfu-tea-set", "celadon", "plain"],
    ["travel-tea-set", "ru", "fine-crackle"],
    ["teapot", "celadon", "lotus-petals"],
    ["teapot", "ru", "plain"],
    ["teacup", "ru", "crackle"],
    ["teacup", "celadon", "crackle"],
    ["teacup", "ru", "fine-crackle"],
    ["bud-vase", "celadon", "plain"],
    ["meiping-vase", "celadon", "lotus-petals"],
    ["mug", "celadon", "ribbed"],
    ["rice-bowl", "ru", "plain"],
    ["deep-plate", "celadon", "crackle"],
  ],
  beiyao: [
    ["dinnerware-set", "white", "plain", true],
    ["dinnerware-set", "white", "relief-rings"],
    ["dinner-plate", "white", "plain"],
    ["dinner-plate", "white", "relief-rings"],
    ["deep-plate", "white", "plain"],
    ["fish-plate", "white", "blue-line"],
    ["sauce-dish", "white", "plain"],
    ["noodle-bowl", "white", "plain"],
    ["soup-bowl", "white", "relief-rings"],
    ["rice-bowl", "white", "blue-line"],
    ["mug", "white", "plain"],
    ["soup-spoon", "white", "plain"],
    ["coffee-cup", "white", "plain"],
  ],
  sanggan: [
    ["meiping-vase", "flambe", "sunset", true],
    ["meiping-vase", "flambe", "ember"],
    ["pear-vase", "flambe", "sky"],
    ["bud-vase", "flambe", "ember"],
    ["ginger-jar", "flambe", "sunset"],
    ["decor-plate", "flambe", "sky"],
    ["mug", "flambe", "sunset"],
    ["mug", "flambe", "sky"],
    ["teacup", "flambe", "ember"],
    ["teapot", "flambe", "sunset"],
    ["kungfu-tea-set", "flambe", "sky"],
    ["rice-bowl", "flambe", "ember"],
    ["storage-jar", "flambe", "sky"],
  ],
  xuanyou: [
    ["teacup", "tenmoku", "hares-fur", true],
    ["teacup", "tenmoku", "oil-spot"],
    ["teacup", "tenmoku", "tortoiseshell"],
    ["mug", "tenmoku", "rust-rim"],
    ["mug", "matte", "speckled", true],
    ["mug", "matte", "ash-drip"],
    ["mug", "matte", "two-tone"],
    ["rice-bowl", "matte", "speckled"],
    ["noodle-bowl", "matte", "brushed"],
    ["dinner-plate", "matte", "speckled"],
    ["travel-tea-set", "tenmoku", "hares-fur"],
    ["teapot", "tenmoku", "oil-spot"],
    ["bud-vase", "matte", "ash-drip"],
  ],
  huajian: [
    ["meiping-vase", "famille-rose", "peony", true],
    ["ginger-jar", "famille-rose", "peony"],
    ["decor-plate", "famille-rose", "chrysanthemum"],
    ["dinnerware-set", "famille-rose", "sprigs"],
    ["kungfu-tea-set", "famille-rose", "plum"],
    ["teacup", "famille-rose", "peony"],
    ["mug", "famille-rose", "plum"],
    ["coffee-cup", "famille-rose", "sprigs"],
    ["rice-bowl", "famille-rose", "sprigs"],
    ["dinner-plate", "famille-rose", "peony"],
    ["soup-spoon", "famille-rose", "sprigs"],
    ["pear-vase", "famille-rose", "chrysanthemum"],
    ["teapot", "famille-rose", "sprigs"],
  ],
  weilan: [
    ["kungfu-tea-set", "linglong", "rice-grain", true],
    ["rice-bowl", "linglong", "rice-grain"],
    ["teacup", "linglong", "rice-flowers"],
    ["mug", "cobalt", "plain"],
    ["mug", "cobalt", "gold-band"],
    ["meiping-vase", "cobalt", "gold-band"],
    ["pear-vase", "cobalt", "white-flowers"],
    ["ginger-jar", "qinghua", "lotus-scroll"],
    ["decor-plate", "qinghua", "waves"],
    ["dinnerware-set", "cobalt", "gold-band"],
    ["noodle-bowl", "cobalt", "white-flowers"],
    ["dinner-plate", "linglong", "rice-flowers"],
    ["soup-spoon", "linglong", "rice-grain"],
  ],
  jiahe: [
    ["storage-jar", "qinghua", "plum", true],
    ["storage-jar", "white", "plain"],
    ["canister", "matte", "speckled"],
    ["canister", "white", "plain"],
    ["canister", "qinghua", "floral-dots"],
    ["seasoning-jar", "white", "blue-line"],
    ["pickle-jar", "celadon", "plain"],
    ["soup-spoon", "qinghua", "waves"],
    ["sauce-dish", "qinghua", "floral-dots"],
    ["kids-bowl", "qinghua", "fish"],
    ["storage-jar", "matte", "ash-drip"],
    ["canister", "celadon", "plain"],
    ["fish-plate", "white", "ribbed"],
  ],
};

// ───────────────────────────── composing products ─────────────────────────────

export interface SeedVariant {
  sku: string;
  nameZh: string;
  nameEn: string;
  sizeZh: string | null;
  sizeEn: string | null;
  setCount: number;
  weightGrams: number;
  priceFen: number;
  compareAtFen: number | null;
  /** Pieces put into the shared warehouse by the seed: 0 = sold out, 1–4 = low. */
  initialStock: number;
  lowStockThreshold: number;
  sortOrder: number;
}

export interface SeedMedia {
  url: string;
  altZh: string;
  altEn: string;
  width: number;
  height: number;
  sortOrder: number;
}

export interface SeedProduct {
  slug: string;
  enterpriseSlug: string;
  categorySlug: CategorySlug;
  glazeSlug: GlazeSlug;
  nameZh: string;
  nameEn: string;
  descriptionZh: string;
  descriptionEn: string;
  materialZh: string;
  materialEn: string;
  careZh: string;
  careEn: string;
  featured: boolean;
  /** Extra words shoppers search by, in both languages (end up in searchText). */
  keywords: string[];
  artwork: { shape: ArtworkShape; glaze: ArtworkGlaze; motif: number };
  media: SeedMedia[];
  variants: SeedVariant[];
  /** 0 = published most recently; the seed turns this into publishedAt. */
  publishOrder: number;
}

const ENTERPRISE_FACTOR: Record<string, number> = {
  jiaming: 1,
  yulong: 1.05,
  qinglan: 1.1,
  beiyao: 0.95,
  sanggan: 1.05,
  xuanyou: 1.05,
  huajian: 1.1,
  weilan: 1,
  jiahe: 0.95,
};

/**
 * A shop price in whole yuan: under ¥30 as is; up to ¥200 the nearest price ending in 5 or 9
 * (¥35, ¥49, ¥129); above that the nearest ending in 9 (¥459, ¥1,059). Never below `above` + 1.
 */
function shopPrice(yuan: number, above = 0): number {
  const candidates = (y: number): number[] => {
    if (y < 30) return [Math.max(1, Math.round(y))];
    const tens = Math.floor(y / 10) * 10;
    return y < 200 ? [tens - 1, tens + 5, tens + 9, tens + 15] : [tens - 1, tens + 9, tens + 19];
  };
  let best = candidates(yuan).reduce((a, b) => (Math.abs(b - yuan) < Math.abs(a - yuan) ? b : a));
  while (best <= above) best = candidates(best + 1).filter((c) => c > above).sort((a, b) => a - b)[0] ?? best + 1;
  return best;
}

/** Small deterministic hash, for choices that must not change between runs. */
function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

const VIEW_WORDS: Record<ArtworkView, readonly [string, string]> = {
  front: ["正面", "front view"],
  top: ["俯视", "view from above"],
  detail: ["釉面细节", "glaze detail"],
};

function careFor(type: ProductType, glaze: GlazeSlug, pattern: string): [string, string] {
  const zh: string[] = [];
  const en: string[] = [];
  const gilded = glaze === "famille-rose" || pattern === "gold-rim" || pattern === "gold-band";
  const decor = type.category === "vases-decor";
  if (decor) {
    zh.push("用柔软的布擦拭即可；插鲜花请两三天换一次水。");
    en.push("Wipe with a soft cloth; with fresh flowers, change the water every two or three days.");
  } else if (gilded) {
    zh.push("描金与釉上彩请手洗，勿用钢丝球，不可放入微波炉。");
    en.push("Gold and enamel decoration: wash by hand, no scouring pads, not for the microwave.");
  } else if (glaze === "tenmoku" || glaze === "matte") {
    zh.push("炻器洗后请晾干再收纳；可用洗碗机和微波炉。");
    en.push("Stoneware: let it dry fully before putting it away. Dishwasher and microwave safe.");
  } else {
    zh.push("可用洗碗机和微波炉。");
    en.push("Dishwasher and microwave safe.");
  }
  if (pattern.includes("crackle")) {
    zh.push("开片会随使用慢慢着色，属正常现象；首次使用前请用温水浸泡片刻。");
    en.push("The crackle darkens slowly with use, as it should; soak in warm water before first use.");
  }
  if (type.shape === "canister") {
    zh.push("竹盖请勿浸泡或放入洗碗机。");
    en.push("Do not soak the bamboo lid or put it in the dishwasher.");
  }
  if (!decor) {
    zh.push("避免骤冷骤热，勿空烧。");
    en.push("Avoid sudden changes of temperature and never heat it empty.");
  }
  return [zh.join(""), en.join(" ")];
}

function buildProducts(): SeedProduct[] {
  const products: SeedProduct[] = [];
  const enterpriseBySlug = new Map(ENTERPRISES.map((e) => [e.slug, e]));
  const skuSeen = new Set<string>();
  let variantIndex = 0;
  let productIndex = 0;

  // Interleave enterprises so "new arrivals" mixes them.
  const rows: Array<{ enterprise: SeedEnterprise; line: Line; position: number }> = [];
  for (const enterprise of ENTERPRISES) {
    (ASSORTMENT[enterprise.slug] ?? []).forEach((line, position) => rows.push({ enterprise, line, position }));
  }
  const maxLines = Math.max(...ENTERPRISES.map((e) => ASSORTMENT[e.slug]?.length ?? 0));
  const publishOrder = new Map<string, number>();
  let order = 0;
  for (let position = 0; position < maxLines; position++) {
    for (const enterprise of ENTERPRISES) if ((ASSORTMENT[enterprise.slug]?.length ?? 0) > position) publishOrder.set(`${enterprise.slug}:${position}`, order++);
  }

  for (const { enterprise, line, position } of rows) {
    const [typeKey, glaze, pattern, featured = false] = line;
    const type: ProductType = TYPES[typeKey];
    const gw = GLAZE_WORDS[glaze];
    const pw = (PATTERN_WORDS[glaze] as Record<string, PatternWords | undefined>)[pattern];
    if (!pw) throw new Error(`catalogue: pattern "${pattern}" is not one of glaze "${glaze}"`);
    if (!enterpriseBySlug.has(enterprise.slug)) throw new Error(`catalogue: unknown enterprise ${enterprise.slug}`);

    const nameZh = `${gw.nameZh}${pw.nameZh}${type.nameZh}`;
    const nameEn = (pw.before ? [pw.nameEn, gw.nameEn, type.nameEn] : [gw.nameEn, pw.nameEn, type.nameEn]).filter(Boolean).join(" ");
    const slugWords = [enterprise.slug, glaze, pattern === "plain" || pattern === "rice-grain" ? "" : pattern, typeKey];
    const slug = slugWords.filter(Boolean).join("-");

    const h = hash(slug);
    const [typeZh, typeEn] = type.sentences[h % type.sentences.length]!;
    const [glazeZh, glazeEn] = gw.sentence(pw.phraseZh, pw.phraseEn);
    const closing: ReadonlyArray<readonly [string, string]> = [
      [`由${enterprise.nameZh}在南家堡烧制，从村里的共享电商仓直接发货。`, `Fired by ${enterprise.nameEn} in Nanjiabao and shipped straight from the village's shared e-commerce warehouse.`],
      [`${enterprise.nameZh}出品，自用、送礼都合适。`, `Made by ${enterprise.nameEn}, as good on your own table as it is as a gift.`],
    ];
    const [closeZh, closeEn] = closing[(h >>> 8) % closing.length]!;
    const [careZh, careEn] = careFor(type, glaze, pattern);

    // Pictures: each product gets its own motif number (variation = product index), so its URL is unique.
    const motif = artworkMotif(glaze, pattern, productIndex + 1);
    const views: ArtworkView[] = type.shape === "spoon" ? ["front", "detail"] : ["front", "top", "detail"];
    const media: SeedMedia[] = views.map((view, i) => ({
      url: artworkUrl({ shape: type.shape, glaze, motif, view }),
      altZh: `${nameZh}，${VIEW_WORDS[view][0]}`,
      altEn: `${nameEn}, ${VIEW_WORDS[view][1]}`,
      width: 800,
      height: 800,
      sortOrder: i,
    }));

    const factor = gw.factor * (ENTERPRISE_FACTOR[enterprise.slug] ?? 1);
    const discounted = productIndex % 4 === 1;
    const skuBase = `${enterprise.code}-${type.code}-${gw.code}`;
    let skuStem = skuBase;
    for (let n = 2; [...skuSeen].some((s) => s.startsWith(`${skuStem}-`)); n++) skuStem = `${skuBase}${n}`;

    // A few products are sold out altogether (every SKU at 0), as a popular piece would be.
    const soldOutProduct = productIndex % 29 === 11;
    let lastSinglePrice = 0;
    const variants: SeedVariant[] = type.variants.map((template, sortOrder) => {
      const [code, sizeZh, sizeEn, setCount, grams, yuan, packZh, packEn] = template;
      let unitYuan = (yuan / setCount) * factor;
      if (type.clamp && setCount === 1) unitYuan = Math.min(type.clamp[1], Math.max(type.clamp[0], unitYuan));
      // A bigger size or a bigger set never costs less than the one before it.
      let price = shopPrice(unitYuan * setCount, setCount === 1 || packZh ? lastSinglePrice : 0);
      if (type.clamp && (setCount === 1 || packZh)) price = Math.min(type.clamp[1], Math.max(type.clamp[0], price));
      if (setCount === 1 || packZh) lastSinglePrice = price;
      const priceFen = price * 100;
      const compareAtFen = discounted ? shopPrice(price * (1.2 + ((h >>> 4) % 15) / 100)) * 100 : null;
      const sku = `${skuStem}-${code}${setCount > 1 && !packZh ? `-S${setCount}` : ""}`;
      if (skuSeen.has(sku)) throw new Error(`catalogue: duplicate SKU ${sku}`);
      skuSeen.add(sku);

      // Stock: mostly healthy, a few low (1–4) and a few sold out, deterministically spread.
      const i = variantIndex++;
      const r = hash(sku);
      let initialStock: number;
      if (i % 15 === 7 || soldOutProduct) initialStock = 0;
      else if (i % 13 === 4) initialStock = 1 + (r % 4);
      else initialStock = type.stockRange[0] + (r % (type.stockRange[1] - type.stockRange[0] + 1));

      const pack = setCount === 1 ? `单${type.unitZh}` : `${setCount}${type.unitZh}装`;
      return {
        sku,
        nameZh: packZh ?? `${sizeZh} ${pack}`,
        nameEn: packEn ?? `${sizeEn}, ${setCount === 1 ? "single" : `set of ${setCount}`}`,
        sizeZh: sizeZh || null,
        sizeEn: sizeEn || null,
        setCount,
        weightGrams: grams,
        priceFen,
        compareAtFen,
        initialStock,
        lowStockThreshold: type.lowStockThreshold,
        sortOrder,
      };
    });

    const enterpriseKeywords = enterprise.isSample ? [] : [enterprise.slug];
    products.push({
      slug,
      enterpriseSlug: enterprise.slug,
      categorySlug: type.category,
      glazeSlug: glaze,
      nameZh,
      nameEn,
      descriptionZh: `${typeZh}${glazeZh}${closeZh}`,
      descriptionEn: `${typeEn} ${glazeEn} ${closeEn}`,
      materialZh: type.shape === "canister" ? `${gw.materialZh}，竹盖` : gw.materialZh,
      materialEn: type.shape === "canister" ? `${gw.materialEn}, bamboo lid` : gw.materialEn,
      careZh,
      careEn,
      featured,
      keywords: [...new Set([...type.keywords, ...gw.keywords, ...pw.keywords, ...enterpriseKeywords, "瓷器", "陶瓷", "porcelain", "ceramic"])],
      artwork: { shape: type.shape, glaze, motif },
      media,
      variants,
      publishOrder: publishOrder.get(`${enterprise.slug}:${position}`) ?? 0,
    });
    productIndex++;
  }

  const slugs = new Set<string>();
  for (const product of products) {
    if (slugs.has(product.slug)) throw new Error(`catalogue: duplicate product slug ${product.slug}`);
    slugs.add(product.slug);
  }
  return products;
}

export const PRODUCTS: readonly SeedProduct[] = buildProducts();
