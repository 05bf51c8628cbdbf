// The JavaScript twin of archivist.folding.fold (src/archivist/folding.py): fold text so
// that spellings of one word meet. Held to the Python behaviour by tests/vectors/fold.json
// (tests/js/folding.test.js); the tables below are Python's (Unicode data), checked by
// tests/test_folding_js.py, so the two folds agree on every character, not only the vectors.
(function (root, factory) {
  "use strict";
  if (typeof module === "object" && module.exports) module.exports = factory();
  else root.archivistFold = factory();
})(typeof self !== "undefined" ? self : this, function () {
  "use strict";
  // Code point ranges [first, last, ...] whose canonical combining class is not 0.
  var COMBINING = [768,846,848,879,1155,1159,1425,1469,1471,1471,1473,1474,1476,1477,1479,1479,1552,1562,1611,1631,1648,1648,1750,1756,1759,1764,1767,1768,1770,1773,1809,1809,1840,1866,2027,2035,2045,2045,2070,2073,2075,2083,2085,2087,2089,2093,2137,2139,2200,2207,2250,2273,2275,2303,2364,2364,2381,2381,2385,2388,2492,2492,2509,2509,2558,2558,2620,2620,2637,2637,2748,2748,2765,2765,2876,2876,2893,2893,3021,3021,3132,3132,3149,3149,3157,3158,3260,3260,3277,3277,3387,3388,3405,3405,3530,3530,3640,3642,3656,3659,3768,3770,3784,3787,3864,3865,3893,3893,3895,3895,3897,3897,3953,3954,3956,3956,3962,3965,3968,3968,3970,3972,3974,3975,4038,4038,4151,4151,4153,4154,4237,4237,4957,4959,5908,5909,5940,5940,6098,6098,6109,6109,6313,6313,6457,6459,6679,6680,6752,6752,6773,6780,6783,6783,6832,6845,6847,6862,6964,6964,6980,6980,7019,7027,7082,7083,7142,7142,7154,7155,7223,7223,7376,7378,7380,7392,7394,7400,7405,7405,7412,7412,7416,7417,7616,7679,8400,8412,8417,8417,8421,8432,11503,11505,11647,11647,11744,11775,12330,12335,12441,12442,42607,42607,42612,42621,42654,42655,42736,42737,43014,43014,43052,43052,43204,43204,43232,43249,43307,43309,43347,43347,43443,43443,43456,43456,43696,43696,43698,43700,43703,43704,43710,43711,43713,43713,43766,43766,44013,44013,64286,64286,65056,65071,66045,66045,66272,66272,66422,66426,68109,68109,68111,68111,68152,68154,68159,68159,68325,68326,68900,68903,69291,69292,69446,69456,69506,69509,69702,69702,69744,69744,69759,69759,69817,69818,69888,69890,69939,69940,70003,70003,70080,70080,70090,70090,70197,70198,70377,70378,70459,70460,70477,70477,70502,70508,70512,70516,70722,70722,70726,70726,70750,70750,70850,70851,71103,71104,71231,71231,71350,71351,71467,71467,71737,71738,71997,71998,72003,72003,72160,72160,72244,72244,72263,72263,72345,72345,72767,72767,73026,73026,73028,73029,73111,73111,92912,92916,92976,92982,94192,94193,113822,113822,119141,119145,119149,119154,119163,119170,119173,119179,119210,119213,119362,119364,122880,122886,122888,122904,122907,122913,122915,122916,122918,122922,123184,123190,123566,123566,123628,123631,125136,125142,125252,125258];
  // Characters whose case folding differs from their lower case.
  var CASEFOLD = {"\u00b5":"\u03bc","\u00df":"ss","\u0149":"\u02bcn","\u017f":"s","\u01f0":"j\u030c","\u0345":"\u03b9","\u0390":"\u03b9\u0308\u0301","\u03b0":"\u03c5\u0308\u0301","\u03c2":"\u03c3","\u03d0":"\u03b2","\u03d1":"\u03b8","\u03d5":"\u03c6","\u03d6":"\u03c0","\u03f0":"\u03ba","\u03f1":"\u03c1","\u03f5":"\u03b5","\u0587":"\u0565\u0582","\u13a0":"\u13a0","\u13a1":"\u13a1","\u13a2":"\u13a2","\u13a3":"\u13a3","\u13a4":"\u13a4","\u13a5":"\u13a5","\u13a6":"\u13a6","\u13a7":"\u13a7","\u13a8":"\u13a8","\u13a9":"\u13a9","\u13aa":"\u13aa","\u13ab":"\u13ab","\u13ac":"\u13ac","\u13ad":"\u13ad","\u13ae":"\u13ae","\u13af":"\u13af","\u13b0":"\u13b0","\u13b1":"\u13b1","\u13b2":"\u13b2","\u13b3":"\u13b3","\u13b4":"\u13b4","\u13b5":"\u13b5","\u13b6":"\u13b6","\u13b7":"\u13b7","\u13b8":"\u13b8","\u13b9":"\u13b9","\u13ba":"\u13ba","\u13bb":"\u13bb","\u13bc":"\u13bc","\u13bd":"\u13bd","\u13be":"\u13be","\u13bf":"\u13bf","\u13c0":"\u13c0","\u13c1":"\u13c1","\u13c2":"\u13c2","\u13c3":"\u13c3","\u13c4":"\u13c4","\u13c5":"\u13c5","\u13c6":"\u13c6","\u13c7":"\u13c7","\u13c8":"\u13c8","\u13c9":"\u13c9","\u13ca":"\u13ca","\u13cb":"\u13cb","\u13cc":"\u13cc","\u13cd":"\u13cd","\u13ce":"\u13ce","\u13cf":"\u13cf","\u13d0":"\u13d0","\u13d1":"\u13d1","\u13d2":"\u13d2","\u13d3":"\u13d3","\u13d4":"\u13d4","\u13d5":"\u13d5","\u13d6":"\u13d6","\u13d7":"\u13d7","\u13d8":"\u13d8","\u13d9":"\u13d9","\u13da":"\u13da","\u13db":"\u13db","\u13dc":"\u13dc","\u13dd":"\u13dd","\u13de":"\u13de","\u13df":"\u13df","\u13e0":"\u13e0","\u13e1":"\u13e1","\u13e2":"\u13e2","\u13e3":"\u13e3","\u13e4":"\u13e4","\u13e5":"\u13e5","\u13e6":"\u13e6","\u13e7":"\u13e7","\u13e8":"\u13e8","\u13e9":"\u13e9","\u13ea":"\u13ea","\u13eb":"\u13eb","\u13ec":"\u13ec","\u13ed":"\u13ed","\u13ee":"\u13ee","\u13ef":"\u13ef","\u13f0":"\u13f0","\u13f1":"\u13f1","\u13f2":"\u13f2","\u13f3":"\u13f3","\u13f4":"\u13f4","\u13f5":"\u13f5","\u13f8":"\u13f0","\u13f9":"\u13f1","\u13fa":"\u13f2","\u13fb":"\u13f3","\u13fc":"\u13f4","\u13fd":"\u13f5","\u1c80":"\u0432","\u1c81":"\u0434","\u1c82":"\u043e","\u1c83":"\u0441","\u1c84":"\u0442","\u1c85":"\u0442","\u1c86":"\u044a","\u1c87":"\u0463","\u1c88":"\ua64b","\u1e96":"h\u0331","\u1e97":"t\u0308","\u1e98":"w\u030a","\u1e99":"y\u030a","\u1e9a":"a\u02be","\u1e9b":"\u1e61","\u1e9e":"ss","\u1f50":"\u03c5\u0313","\u1f52":"\u03c5\u0313\u0300","\u1f54":"\u03c5\u0313\u0301","\u1f56":"\u03c5\u0313\u0342","\u1f80":"\u1f00\u03b9","\u1f81":"\u1f01\u03b9","\u1f82":"\u1f02\u03b9","\u1f83":"\u1f03\u03b9","\u1f84":"\u1f04\u03b9","\u1f85":"\u1f05\u03b9","\u1f86":"\u1f06\u03b9","\u1f87":"\u1f07\u03b9","\u1f88":"\u1f00\u03b9","\u1f89":"\u1f01\u03b9","\u1f8a":"\u1f02\u03b9","\u1f8b":"\u1f03\u03b9","\u1f8c":"\u1f04\u03b9","\u1f8d":"\u1f05\u03b9","\u1f8e":"\u1f06\u03b9","\u1f8f":"\u1f07\u03b9","\u1f90":"\u1f20\u03b9","\u1f91":"\u1f21\u03b9","\u1f92":"\u1f22\u03b9","\u1f93":"\u1f23\u03b9","\u1f94":"\u1f24\u03b9","\u1f95":"\u1f25\u03b9","\u1f96":"\u1f26\u03b9","\u1f97":"\u1f27\u03b9","\u1f98":"\u1f20\u03b9","\u1f99":"\u1f21\u03b9","\u1f9a":"\u1f22\u03b9","\u1f9b":"\u1f23\u03b9","\u1f9c":"\u1f24\u03b9","\u1f9d":"\u1f25\u03b9","\u1f9e":"\u1f26\u03b9","\u1f9f":"\u1f27\u03b9","\u1fa0":"\u1f60\u03b9","\u1fa1":"\u1f61\u03b9","\u1fa2":"\u1f62\u03b9","\u1fa3":"\u1f63\u03b9","\u1fa4":"\u1f64\u03b9","\u1fa5":"\u1f65\u03b9","\u1fa6":"\u1f66\u03b9","\u1fa7":"\u1f67\u03b9","\u1fa8":"\u1f60\u03b9","\u1fa9":"\u1f61\u03b9","\u1faa":"\u1f62\u03b9","\u1fab":"\u1f63\u03b9","\u1fac":"\u1f64\u03b9","\u1fad":"\u1f65\u03b9","\u1fae":"\u1f66\u03b9","\u1faf":"\u1f67\u03b9","\u1fb2":"\u1f70\u03b9","\u1fb3":"\u03b1\u03b9","\u1fb4":"\u03ac\u03b9","\u1fb6":"\u03b1\u0342","\u1fb7":"\u03b1\u0342\u03b9","\u1fbc":"\u03b1\u03b9","\u1fbe":"\u03b9","\u1fc2":"\u1f74\u03b9","\u1fc3":"\u03b7\u03b9","\u1fc4":"\u03ae\u03b9","\u1fc6":"\u03b7\u0342","\u1fc7":"\u03b7\u0342\u03b9","\u1fcc":"\u03b7\u03b9","\u1fd2":"\u03b9\u0308\u0300","\u1fd3":"\u03b9\u0308\u0301","\u1fd6":"\u03b9\u0342","\u1fd7":"\u03b9\u0308\u0342","\u1fe2":"\u03c5\u0308\u0300","\u1fe3":"\u03c5\u0308\u0301","\u1fe4":"\u03c1\u0313","\u1fe6":"\u03c5\u0342","\u1fe7":"\u03c5\u0308\u0342","\u1ff2":"\u1f7c\u03b9","\u1ff3":"\u03c9\u03b9","\u1ff4":"\u03ce\u03b9","\u1ff6":"\u03c9\u0342","\u1ff7":"\u03c9\u0342\u03b9","\u1ffc":"\u03c9\u03b9","\uab70":"\u13a0","\uab71":"\u13a1","\uab72":"\u13a2","\uab73":"\u13a3","\uab74":"\u13a4","\uab75":"\u13a5","\uab76":"\u13a6","\uab77":"\u13a7","\uab78":"\u13a8","\uab79":"\u13a9","\uab7a":"\u13aa","\uab7b":"\u13ab","\uab7c":"\u13ac","\uab7d":"\u13ad","\uab7e":"\u13ae","\uab7f":"\u13af","\uab80":"\u13b0","\uab81":"\u13b1","\uab82":"\u13b2","\uab83":"\u13b3","\uab84":"\u13b4","\uab85":"\u13b5","\uab86":"\u13b6","\uab87":"\u13b7","\uab88":"\u13b8","\uab89":"\u13b9","\uab8a":"\u13ba","\uab8b":"\u13bb","\uab8c":"\u13bc","\uab8d":"\u13bd","\uab8e":"\u13be","\uab8f":"\u13bf","\uab90":"\u13c0","\uab91":"\u13c1","\uab92":"\u13c2","\uab93":"\u13c3","\uab94":"\u13c4","\uab95":"\u13c5","\uab96":"\u13c6","\uab97":"\u13c7","\uab98":"\u13c8","\uab99":"\u13c9","\uab9a":"\u13ca","\uab9b":"\u13cb","\uab9c":"\u13cc","\uab9d":"\u13cd","\uab9e":"\u13ce","\uab9f":"\u13cf","\uaba0":"\u13d0","\uaba1":"\u13d1","\uaba2":"\u13d2","\uaba3":"\u13d3","\uaba4":"\u13d4","\uaba5":"\u13d5","\uaba6":"\u13d6","\uaba7":"\u13d7","\uaba8":"\u13d8","\uaba9":"\u13d9","\uabaa":"\u13da","\uabab":"\u13db","\uabac":"\u13dc","\uabad":"\u13dd","\uabae":"\u13de","\uabaf":"\u13df","\uabb0":"\u13e0","\uabb1":"\u13e1","\uabb2":"\u13e2","\uabb3":"\u13e3","\uabb4":"\u13e4","\uabb5":"\u13e5","\uabb6":"\u13e6","\uabb7":"\u13e7","\uabb8":"\u13e8","\uabb9":"\u13e9","\uabba":"\u13ea","\uabbb":"\u13eb","\uabbc":"\u13ec","\uabbd":"\u13ed","\uabbe":"\u13ee","\uabbf":"\u13ef","\ufb00":"ff","\ufb01":"fi","\ufb02":"fl","\ufb03":"ffi","\ufb04":"ffl","\ufb05":"st","\ufb06":"st","\ufb13":"\u0574\u0576","\ufb14":"\u0574\u0565","\ufb15":"\u0574\u056b","\ufb16":"\u057e\u0576","\ufb17":"\u0574\u056d"};
  // Code points that are white space to Python's str.isspace.
  var SPACES = [9,10,11,12,13,28,29,30,31,32,133,160,5760,8192,8193,8194,8195,8196,8197,8198,8199,8200,8201,8202,8232,8233,8239,8287,12288];

  var LETTERS = {
    "ى": "ي", "ة": "ه", "ٱ": "ا", "ک": "ك", "ی": "ي",
    "ı": "i", "ł": "l", "ø": "o", "đ": "d", "æ": "ae", "œ": "oe",
    "ـ": "", "\u200c": "", "\u200d": "", "\u200e": "", "\u200f": "",
    "'": "", "’": "", "‘": "", "ʿ": "", "ʾ": "", "`": "", "´": ""
  };
  for (var d = 0; d < 10; d++) {
    LETTERS[String.fromCharCode(0x0660 + d)] = String(d);
    LETTERS[String.fromCharCode(0x06f0 + d)] = String(d);
  }
  var SPACE = {};
  SPACES.forEach(function (cp) { SPACE[cp] = true; });
  var DASHES = "-‐‑‒–—_";

  function isCombining(cp) {
    var lo = 0, hi = COMBINING.length / 2 - 1;
    while (lo <= hi) {
      var mid = (lo + hi) >> 1;
      if (cp < COMBINING[2 * mid]) hi = mid - 1;
      else if (cp > COMBINING[2 * mid + 1]) lo = mid + 1;
      else return true;
    }
    return false;
  }

  function casefold(text) {
    var out = "";
    for (var ch of text) out += CASEFOLD[ch] !== undefined ? CASEFOLD[ch] : ch.toLowerCase();
    return out;
  }

  function isSeparator(ch) {
    return SPACE[ch.codePointAt(0)] === true || DASHES.indexOf(ch) !== -1;
  }

  /** Fold `text` for matching, exactly as archivist.folding.fold does. */
  function fold(text) {
    var bare = "";
    for (var ch of casefold(String(text)).normalize("NFD")) {
      if (!isCombining(ch.codePointAt(0))) bare += ch;
    }
    var out = "", pendingSpace = false;
    for (var c of bare.normalize("NFC")) {
      var mapped = LETTERS[c] !== undefined ? LETTERS[c] : c;
      for (var m of mapped) {
        if (isSeparator(m)) { pendingSpace = true; continue; }
        if (pendingSpace && out !== "") out += " ";
        pendingSpace = false;
        out += m;
      }
    }
    return out;
  }

  return { fold: fold, tables: { COMBINING: COMBINING, CASEFOLD: CASEFOLD, SPACES: SPACES } };
});
