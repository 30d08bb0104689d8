// Writes bot/Understanding/Pinyin.txt: every CJK Unified Ideograph (U+4E00-U+9FFF) under each of its readings,
// without tones, one reading per line ("zhi 之值殖…"). The typo corrector reads it to tell a slip of a pinyin input
// method (增殖税 for 增值税: both zhi) from a different word (所得四十万 is not 所得税十万). Run once by hand when the
// table should change; nothing downloads at build, test or run time.
//   cd /tmp && npm install pinyin-pro@3.29.4 && node /path/to/scripts/make-pinyin.mjs > bot/Understanding/Pinyin.txt
// pinyin-pro is MIT-licensed (https://github.com/zh-lx/pinyin-pro).
import { pinyin } from 'pinyin-pro';

const bySyllable = new Map();
for (let cp = 0x4e00; cp <= 0x9fff; cp++) {
  const c = String.fromCodePoint(cp);
  const readings = new Set(pinyin(c, { multiple: true, toneType: 'none', type: 'array', v: true }).filter(s => /^[a-z]+$/.test(s)));
  for (const s of readings) {
    if (!bySyllable.has(s)) bySyllable.set(s, []);
    bySyllable.get(s).push(c);
  }
}

process.stdout.write('# Readings of CJK characters without tones, from pinyin-pro 3.29.4 (MIT); made by scripts/make-pinyin.mjs\n');
process.stdout.write([...bySyllable.keys()].sort().map(s => s + ' ' + bySyllable.get(s).join('')).join('\n') + '\n');
