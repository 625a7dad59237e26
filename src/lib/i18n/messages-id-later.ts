// The Indonesian words not on the first screen: the views other than the overview (dimensions,
// trends, coaching, compare, report, unit detail) and the problems and notes about loaded data.
// Fetched when first needed (see messages.ts). messages-en-later.ts must have the same shape.

import type { ProblemCode, QualityLevel, UnitQuality, WarningCode } from '../../domain/model';
import { OPINION_LABEL, UNIT_QUALITY_LABEL } from '../../domain/published-labels';
import { ZONE_ID } from './official-labels';

type P = Record<string, string | number>;

/** The header names the CSV reader accepts for each required column, as a person would type them. */
const COLUMN_NAMES_ID: Record<string, string> = {
  year: '“tahun” (atau “year”)',
  institution: '“instansi” (atau “pemda”, “institution”)',
  unit: '“unit” (atau “upp”, “unit layanan”)',
  total: '“nilai” (atau “skor”, “total”, atau kolom dimensi)',
};

export const laterMessagesId = {
  unitDetail: {
    title: 'Detail unit',
    close: 'Tutup',
    context: (p: P) => `${p.entity} · ${p.year}`,
    rank: (p: P) => `Peringkat ${p.rank} dari ${p.of}`,
    belowMean: (p: P) => `Di bawah rata-rata instansi (${p.mean})`,
    atOrAboveMean: (p: P) => `Sama dengan atau di atas rata-rata instansi (${p.mean})`,
    nextLevel: (p: P) =>
      `${p.gap} poin lagi menuju ${p.level}${p.inferred ? ' (batas nilai 2025 disimpulkan, bukan resmi)' : ''}`,
    topGrade: 'Sudah di tingkat tertinggi',
    dimensionsTitle: 'Nilai per dimensi',
    dimension: 'Dimensi',
    weight: 'Bobot',
    score: 'Nilai unit',
    entityMean: 'Rata-rata instansi',
    diff: 'Selisih',
    noDimensions: 'Nilai dimensi tidak tersedia untuk unit ini.',
    focusTitle: 'Fokus pembinaan',
    focusItem: (p: P) =>
      `${p.dimension}: ${p.gap} poin di bawah rata-rata; menaikkannya ke rata-rata menambah nilai total ${p.effect} poin.`,
    focusItemUnweighted: (p: P) =>
      `${p.dimension}: ${p.gap} poin di bawah rata-rata (bobot dimensi tahun ini tidak diterbitkan, jadi pengaruhnya pada nilai total tidak dihitung).`,
    focusNone: 'Tidak ada dimensi di bawah rata-rata instansi.',
    historyTitle: 'Nilai dari tahun ke tahun',
    year: 'Tahun',
    onlyOneYear: 'Data ini hanya memuat satu tahun untuk unit ini.',
  },
  dimensions: {
    noScores: (p: P) =>
      `Tidak ada nilai per dimensi untuk ${p.entity} tahun ${p.year}. Nilai total ada di tampilan Ringkasan.`,
    lowestDimension: (p: P) => `Dimensi dengan rata-rata instansi terendah: ${p.dimension} (${p.mean}).`,
    filteredNote: 'Rata-rata dan tanda ▼ dihitung dari semua unit instansi, bukan hanya jenis unit yang dipilih.',
    heatmapTitle: 'Nilai per dimensi',
    heatmapSubtitle: (p: P) =>
      `${p.entity}, ${p.year} · ${p.assessment}${p.weights ? ' · bobot dimensi di judul kolom' : ''}`,
    columnHeader: (p: P) => `${p.label} · ${p.weight}`,
    meanRow: 'Rata-rata instansi',
    belowMeanHidden: '(di bawah rata-rata instansi)',
    unknownHidden: 'tidak ada nilai',
    openUnit: (p: P) => `Buka rincian ${p.unit}`,
    legendBelowMean: 'di bawah rata-rata instansi pada kolom itu',
    legendScale: 'Warna relatif terhadap nilai di tabel ini:',
    legendUnknown: 'tidak ada nilai',
    barTitle: 'Dimensi per unit',
    barSubtitle: (p: P) => `${p.entity}, ${p.year} · ${p.assessment} · skala 0–100`,
    barDescription: (p: P) =>
      `Diagram batang berkelompok: untuk tiap ${p.count} unit, satu batang per dimensi (${p.dimensions}), skala 0–100. Nilai di bawah rata-rata instansi ditandai ▼.`,
    legendBelowMeanBar: 'di bawah rata-rata instansi pada dimensi itu',
    meanShort: (p: P) => `rata-rata ${p.mean}`,
    radarTitle: 'Profil dimensi satu unit',
    radarSubtitle: (p: P) => `${p.unit} dibandingkan dengan rata-rata ${p.entity}, ${p.year} · ${p.assessment}`,
    radarDescription: (p: P) =>
      `Diagram radar nilai ${p.unit} pada ${p.count} dimensi (garis utuh) dan rata-rata ${p.entity} (garis putus-putus), skala 0–100.`,
    radarPicker: 'Unit',
    weakestOption: (p: P) => `${p.unit} (terendah)`,
    radarTooFew: 'Diagram radar memerlukan minimal tiga dimensi; lihat tabel.',
    dimension: 'Dimensi',
    weight: 'Bobot',
    difference: 'Selisih',
    csvBelowMeanOn: 'Di bawah rata-rata instansi pada',
    csvBelowMean: 'di bawah rata-rata instansi',
    csvWeight: 'Bobot (%)',
    heatmapDescription: (p: P) =>
      `Tabel warna: nilai ${p.count} unit pada tiap dimensi (${p.dimensions}) dan nilai total, rata-rata instansi di baris terakhir. Nilai di bawah rata-rata instansi ditandai ▼, nilai yang tidak ada —.`,
    /** Under the heatmap when the year's weights are unknown: `kind` and `basis` are the method's provenance words. */
    weightsUnknown: (p: P) => `Bobot dimensi ${p.year} ${p.kind}: ${p.basis}`,
    notComparable: (p: P) =>
      `Sejak ${p.from} dimensi penilaian mengukur hal lain, jadi nilai dimensinya tidak dapat dibandingkan dengan nilai dimensi ${p.before}.`,
    /** Replaces noScores when the year's method publishes no dimension scores and none are in the data. */
    noScoresPublished: (p: P) =>
      `Ombudsman RI tidak menerbitkan nilai per dimensi ${p.year} untuk ${p.entity}. Hasil yang terbit ada di tampilan Ringkasan.`,
  },
  trends: {
    summaryUp: (p: P) =>
      `${p.entity} naik ${p.change} poin, dari ${p.from} (${p.fromYear}) menjadi ${p.to} (${p.toYear}).`,
    summaryDown: (p: P) =>
      `${p.entity} turun ${p.change} poin, dari ${p.from} (${p.fromYear}) menjadi ${p.to} (${p.toYear}).`,
    summarySame: (p: P) => `${p.entity} tetap ${p.to} dari ${p.fromYear} hingga ${p.toYear}.`,
    summaryRank: (p: P) =>
      `Pada ${p.year}, ${p.entity} berada di peringkat ${p.rank} dari ${p.count} instansi dalam data ini.`,
    entityTitle: 'Nilai instansi dari tahun ke tahun',
    entitySubtitle: (p: P) => `${p.entity}, ${p.from}–${p.to}`,
    axisNarrow: (p: P) => `sumbu nilai ${p.min}–100, bukan dari 0`,
    axisFull: 'sumbu nilai 0–100',
    entityDescription: (p: P) => `Diagram garis nilai ${p.entity} per tahun: ${p.points}.`,
    pointText: (p: P) => `${p.year} ${p.score} (${p.basis}; ${p.grade})`,
    reported: 'Nilai resmi',
    mean: 'Rata-rata unit',
    meanAlongside: (p: P) => `Rata-rata unit: ${p.mean}`,
    legendReported: 'nilai resmi',
    legendMean: 'rata-rata nilai unit (tidak ada nilai resmi)',
    legendBands:
      'Latar: pita tingkat yang berlaku pada tahun itu (opini A–E dengan zona, zona, atau tingkat Opini Ombudsman RI).',
    legendBandsInferred: (p: P) =>
      `Pita ${p.years}: tingkat Opini Ombudsman RI tanpa zona; batas nilainya disimpulkan dari hasil terbitan, bukan tabel resmi.`,
    methodBreakLabel: 'Metode baru',
    pointNotAssessed: (p: P) => `${p.year} tidak dinilai`,
    csvMethod: 'Metode penilaian',
    zonesOnlyNote: 'Sampai 2021 Ombudsman hanya menetapkan zona (hijau, kuning, merah), belum opini A–E.',
    singleYear: (p: P) => `Tren memerlukan data minimal dua tahun. ${p.entity} hanya memiliki data tahun ${p.year}:`,
    noScores: (p: P) => `Belum ada nilai ${p.entity} pada data ini.`,
    year: 'Tahun',
    score: 'Nilai',
    basis: 'Dasar nilai',
    // Grade, zone or opinion, as each year has it: one neutral word over years of different methods.
    gradeOrZone: 'Hasil',
    change: 'Perubahan',
    unitsTitle: 'Nilai unit dari tahun ke tahun',
    unitsSubtitle: (p: P) => `${p.entity}: ${p.count} unit yang dinilai di lebih dari satu tahun; ${p.axis}`,
    unitsSubtitleType: (p: P) =>
      `${p.entity}, jenis ${p.type}: ${p.count} unit yang dinilai di lebih dari satu tahun; ${p.axis}`,
    unitsNone: (p: P) =>
      `Belum ada unit ${p.entity} yang tercatat di lebih dari satu tahun pada data ini, jadi tren per unit belum dapat digambar.`,
    unitsNoneType: (p: P) =>
      `Belum ada unit jenis ${p.type} di ${p.entity} yang tercatat di lebih dari satu tahun pada data ini.`,
    unitsNoRecords: (p: P) => `Data ini tidak memuat nilai unit ${p.entity}, hanya nilai instansinya.`,
    unitsNoRecordsType: (p: P) => `Data ini tidak memuat unit jenis ${p.type} di ${p.entity}.`,
    unitsDescription: (p: P) => `Diagram garis nilai total ${p.count} unit ${p.entity} per tahun, ${p.from}–${p.to}.`,
    unitsLegend: 'Klik nama unit untuk membuka rinciannya.',
    unitsGapNote: 'Tahun tanpa penilaian unit dibiarkan kosong, tidak disambung.',
    openUnit: (p: P) => `Buka rincian ${p.unit}`,
    peersTitle: (p: P) => `Peringkat instansi ${p.year}`,
    peersSubtitle: (p: P) => `${p.entity} dibandingkan dengan ${p.others} instansi lain pada data ini; skala 0–100`,
    peersSubtitleTrimmed: (p: P) =>
      `${p.edge} teratas, ${p.edge} terbawah dan ${p.entity} dari ${p.count} instansi; daftar lengkap ada di tabel`,
    peersDescription: (p: P) =>
      `Diagram batang nilai ${p.count} instansi tahun ${p.year}, dari tertinggi, skala 0–100. ${p.entity} di peringkat ${p.rank}.`,
    peersGap: (p: P) => `⋯ ${p.count} instansi lain`,
    legendSelected: (p: P) => `${p.entity} (dipilih)`,
    legendOthers: 'Instansi lain',
    legendComputed: 'rata-rata nilai unit, tidak ada nilai resmi (batang bergaris)',
    peersAllReported: 'Semua nilai adalah nilai resmi yang dilaporkan.',
    peersUnknown: (p: P) => `${p.count} instansi tanpa nilai hanya tercantum di tabel.`,
    peersSingle: (p: P) => `Data tahun ${p.year} hanya memuat ${p.entity}; belum ada instansi pembanding.`,
    peersNone: (p: P) => `Tidak ada nilai instansi untuk tahun ${p.year}.`,
    entity: 'Instansi',
    rank: 'Peringkat',
    rankLabel: (p: P) => `Peringkat ${p.rank}`,
    selected: 'dipilih',
    summaryNotAssessed: (p: P) => `${p.entity} tidak dinilai pada ${p.year}.`,
    peersNotAssessed: (p: P) =>
      `${p.count} instansi tidak dinilai pada ${p.year}; tercantum di akhir tabel, tanpa peringkat.`,
    nationalAverage: (p: P) => `Rata-rata nasional ${p.year}: ${p.score} (dilaporkan)`,
  },
  report: {
    title: (p: P) => `Laporan ${p.assessment} — ${p.entity}, ${p.year}`,
    intro:
      'Ringkasan, nilai per dimensi, unit yang perlu pembinaan, tren, dan sumber data, siap dicetak atau disimpan sebagai PDF (A4 tegak).',
    print: 'Cetak laporan',
    downloadAll: 'Unduh semua grafik (ZIP)',
    zipping: (p: P) => `Menyiapkan grafik ${p.done} dari ${p.total}…`,
    zipDone: (p: P) => `${p.count} grafik diunduh dalam satu berkas ZIP.`,
    zipFailed: (p: P) => `Unduhan ZIP gagal: ${p.message}`,
    generated: (p: P) => `Dibuat dengan Rapor pada ${p.date}.`,
    sectionOverview: 'Ringkasan',
    sectionDimensions: 'Nilai per dimensi',
    sectionCoaching: 'Unit yang perlu pembinaan',
    sectionTrends: 'Tren',
    sectionSource: 'Sumber data',
    sourceDataset: (p: P) => `Data: ${p.source}.`,
  },
  coaching: {
    ruleLegend: 'Aturan penandaan unit',
    ruleMean: 'Di bawah rata-rata instansi',
    ruleTarget: 'Di bawah target nilai',
    ruleLowest: 'Unit dengan nilai terendah',
    targetInput: 'Target nilai',
    lowestInput: 'Jumlah unit',
    targetInvalid: 'Isi target berupa angka 0–100, misalnya 90 atau 90,5. Aturan belum diubah.',
    lowestInvalid: 'Isi jumlah unit berupa bilangan bulat 1 atau lebih. Aturan belum diubah.',
    meanUsed: (p: P) => `Rata-rata instansi yang dipakai aturan: ${p.mean}`,
    meanExplain: (p: P) => `yaitu rata-rata nilai total ${p.count} unit ${p.entity} ${p.year}.`,
    meanNotReported: (p: P) =>
      `Nilai resmi ${p.reported} tidak dipakai: unit dibandingkan dengan rata-rata nilai unit-unitnya sendiri.`,
    meanUnknown: 'Rata-rata instansi tidak dapat dihitung karena tidak ada nilai total unit.',
    unitTypeNote: (p: P) =>
      `Hanya unit jenis ${p.type} yang ditandai; rata-rata dan unit terbaik tetap dihitung dari semua unit instansi.`,
    ruleText: {
      mean: (p: P) => `nilai di bawah rata-rata instansi (${p.mean})`,
      target: (p: P) => `nilai di bawah target ${p.target}`,
      lowest: (p: P) => `${p.n} unit dengan nilai terendah`,
    },
    summaryFlagged: (p: P) => `${p.flagged} dari ${p.count} unit perlu pembinaan menurut aturan ${p.rule}: ${p.names}.`,
    summaryNoneMean: (p: P) =>
      `Tidak ada unit yang perlu pembinaan: semua ${p.count} unit bernilai sama dengan atau di atas rata-rata instansi (${p.mean}).`,
    summaryNoneTarget: (p: P) =>
      `Tidak ada unit yang perlu pembinaan: semua ${p.count} unit sudah mencapai target ${p.target}.`,
    summaryNoneUnknown: 'Tidak ada unit yang dapat dinilai: tidak ada nilai total unit yang diketahui.',
    unknownTotals: (p: P) => `${p.count} unit tanpa nilai total tidak dinilai.`,
    noUnits: 'Instansi ini hanya memiliki nilai resmi, tanpa rincian unit; pembinaan per unit tidak dapat disusun.',
    openUnit: 'Buka rincian unit',
    vsMeanLabel: 'Selisih dari rata-rata instansi',
    vsBestLabel: 'Selisih dari unit terbaik',
    nextLevelLabel: {
      zona: 'Selisih ke zona berikutnya',
      kepatuhan: 'Selisih ke opini berikutnya',
      maladministrasi: 'Selisih ke tingkat kualitas berikutnya',
    },
    pointsBelow: (p: P) => `${p.points} poin di bawah`,
    pointsAbove: (p: P) => `${p.points} poin di atas`,
    pointsEqual: 'sama',
    meanDetail: (p: P) => `rata-rata ${p.mean}`,
    bestDetail: (p: P) => `${p.name}, ${p.total}`,
    isBest: 'unit ini yang terbaik',
    nextGradeGap: (p: P) => `${p.points} poin lagi`,
    nextGradeDetail: (p: P) => `menuju ${p.band} (mulai ${p.min})`,
    topLevel: {
      zona: 'sudah di zona tertinggi',
      kepatuhan: 'sudah di opini tertinggi',
      maladministrasi: 'sudah di tingkat kualitas tertinggi',
    },
    unknownTotal: 'nilai total tidak diketahui',
    focusTitle: 'Fokus pembinaan: dimensi di bawah rata-rata instansi',
    focusCaption: (p: P) =>
      `Dimensi ${p.unit} di bawah rata-rata instansi, diurutkan menurut pengaruhnya pada nilai total.`,
    colDimension: 'Dimensi',
    colWeight: 'Bobot',
    colScore: 'Nilai unit',
    colMean: 'Rata-rata instansi',
    colGap: 'Di bawah rata-rata',
    colEffect: 'Pengaruh pada total',
    points: (p: P) => `${p.value} poin`,
    liftLabel: 'Potensi kenaikan nilai total',
    liftDetail: (p: P) => `jika ${p.dims} naik ke rata-rata instansi; nilai total menjadi sekitar ${p.total}.`,
    effectExplain: 'Pengaruh = bobot dimensi × selisih dari rata-rata instansi.',
    noDimensionsAll: 'Nilai dimensi tidak tersedia pada data ini; unit ditandai menurut nilai total saja.',
    noDimensionsUnit: 'Nilai dimensi unit ini tidak tersedia; unit ditandai menurut nilai total saja.',
    noneBelow: 'Semua dimensi unit ini sudah sama dengan atau di atas rata-rata instansi.',
    chartTitle: 'Pengaruh dimensi fokus pada nilai total',
    chartSubtitle: (p: P) => `${p.entity}, ${p.year} · ${p.assessment} · unit yang perlu pembinaan`,
    chartDescription: (p: P) =>
      `Diagram batang horizontal: untuk ${p.units} unit yang perlu pembinaan, berapa poin nilai total naik bila tiap dimensi fokus naik ke rata-rata instansi. Terbesar: ${p.top}.`,
    effectTooltip: (p: P) => `Nilai unit ${p.score}, rata-rata ${p.mean}, bobot ${p.weight}`,
    assessmentLine: (p: P) => `${p.entity} ${p.year} · ${p.assessment}`,
    defaultRule: (p: P) => `Aturan bawaan ${p.year}: ${p.rule} — ${p.kind}: ${p.basis}`,
    defaultRuleText: {
      mean: 'unit di bawah rata-rata instansi',
      target: (p: P) => `unit di bawah ${p.target}`,
      lowest: (p: P) => `${p.n} unit dengan nilai terendah`,
    },
    weightsUnknown: (p: P) =>
      `Pengaruh berbobot tiap dimensi tidak dihitung untuk ${p.year}, dan bobot tahun lain tidak dipakai — ${p.kind}: ${p.basis}`,
    noDimensionsEntity: (p: P) =>
      `Data ${p.entity} ${p.year} tidak memuat nilai dimensi; unit ditandai menurut nilai total saja.`,
    focusTitleByGap: 'Fokus pembinaan: dimensi di bawah rata-rata instansi, selisih terbesar lebih dulu',
    focusCaptionByGap: (p: P) => `Dimensi ${p.unit} di bawah rata-rata instansi, diurutkan menurut selisihnya.`,
    byGapExplain: 'Tanpa bobot dimensi, pengaruhnya pada nilai total tidak dihitung.',
    nextLevelDetailMarked: (p: P) => `menuju ${p.band} (mulai ${p.min}; batas ${p.kind})`,
  },
  compare: {
    title: 'Bandingkan unit',
    intro:
      'Pilih 2 sampai 6 item. Satu item adalah satu unit layanan pada satu tahun di satu instansi: bandingkan unit dalam satu instansi, unit yang sama dari tahun ke tahun, atau unit sejenis antarinstansi.',
    pickerLabel: 'Tambah unit',
    pickerPlaceholder: 'Cari unit, instansi, atau tahun…',
    pickerHint: 'Ketik untuk mencari. Panah atas/bawah memilih, Enter menambah, Esc menutup daftar.',
    listboxLabel: 'Unit yang dapat dibandingkan',
    groupLabel: (p: P) => `${p.entity} · ${p.year}`,
    alreadyChosen: 'sudah dipilih',
    noMatch: (p: P) => `Tidak ada unit yang cocok dengan “${p.query}”.`,
    moreMatches: (p: P) => `dan ${p.count} unit lainnya — terus ketik untuk mempersempit`,
    full: (p: P) => `Sudah ${p.max} item, batas perbandingan. Hapus salah satu untuk menambah yang lain.`,
    chosenLabel: (p: P) => `Item yang dibandingkan (${p.count} dari ${p.max})`,
    itemContext: (p: P) => `${p.entity} ${p.year}`,
    itemFull: (p: P) => `${p.unit} — ${p.entity} ${p.year}`,
    itemNumber: (p: P) => `Item ${p.number}`,
    baseline: 'acuan',
    remove: (p: P) => `Hapus ${p.unit} (${p.entity} ${p.year}) dari perbandingan`,
    makeBaseline: 'Jadikan acuan',
    makeBaselineLabel: (p: P) => `Jadikan acuan: ${p.unit} (${p.entity} ${p.year})`,
    clearAll: 'Hapus semua',
    added: (p: P) => `${p.unit} (${p.entity} ${p.year}) ditambahkan. ${p.count} dari ${p.max} item.`,
    removed: (p: P) => `${p.unit} (${p.entity} ${p.year}) dihapus. ${p.count} item tersisa.`,
    replaced: (p: P) => `Perbandingan diganti: ${p.count} item.`,
    shortcutsTitle: 'Pintasan',
    shortcutReplaces: 'Pintasan mengganti item yang sedang dibandingkan.',
    flaggedVsBest: 'Unit yang perlu pembinaan vs unit terbaik',
    flaggedVsBestDetail: (p: P) => `${p.entity} ${p.year}: ${p.flagged} vs ${p.best} (terbaik)`,
    flaggedVsBestNone: (p: P) => `Tidak ada unit yang perlu pembinaan di ${p.entity} ${p.year}.`,
    flaggedVsBestEmpty: (p: P) => `Tidak ada unit dengan nilai total di ${p.entity} ${p.year}.`,
    yearOverYear: 'Tahun ini vs tahun lalu',
    yearOverYearUnit: (p: P) => `Unit (${p.entity} ${p.year})`,
    yearOverYearDetail: (p: P) => `${p.unit}: ${p.previous} dan ${p.year}`,
    yearOverYearNone: (p: P) => `Tidak ada data ${p.unit} sebelum tahun ${p.year}.`,
    yearOverYearNoUnits: (p: P) => `${p.entity} ${p.year} tidak memiliki rincian unit.`,
    emptyTitle: 'Belum ada yang dibandingkan',
    emptyOneTitle: 'Tambahkan satu item lagi',
    emptyOne: (p: P) => `${p.item} sudah dipilih. Tambahkan minimal satu item lagi untuk mulai membandingkan.`,
    emptyBody: 'Perbandingan tampil setelah ada minimal 2 item.',
    emptyWays: 'Cara menambah item:',
    emptyWayPicker: 'Ketik nama unit, instansi, atau tahun di kotak “Tambah unit” di atas, lalu tekan Enter.',
    emptyWayShortcut:
      'Pakai pintasan: unit yang perlu pembinaan vs unit terbaik, atau satu unit tahun ini vs tahun lalu.',
    emptyWayButton: 'Tekan tombol “Bandingkan” di tampilan lain; item ikut tersimpan di tautan halaman.',
    missingTitle: (p: P) => `${p.count} item dari tautan tidak ada di data yang dimuat`,
    missingItem: (p: P) => `${p.unit} — ${p.entity}, ${p.year}`,
    missingRest: 'Item lainnya tetap dibandingkan.',
    dropMissing: 'Hapus dari tautan',
    truncated: (p: P) => `${p.count} item lain dari tautan tidak ditampilkan: paling banyak ${p.max} item.`,
    radarTitle: 'Perbandingan profil dimensi',
    radarSubtitle: (p: P) => `${p.count} item · ${p.assessment} · skala 0–100`,
    radarDescription: (p: P) =>
      `Diagram radar nilai ${p.count} item pada ${p.dimensions} dimensi, skala 0–100; tiap item punya warna dan gaya garis sendiri. Item: ${p.names}.`,
    radarTooFew: 'Diagram radar memerlukan minimal tiga dimensi; lihat diagram batang atau tabel.',
    barsTitle: 'Perbandingan nilai per dimensi',
    barsSubtitle: (p: P) => `${p.assessment} · label: nomor item · nilai · skala 0–100`,
    barsDescription: (p: P) =>
      `Diagram batang berkelompok: untuk tiap dimensi (${p.dimensions}), satu batang per item, diberi nomor item. Item: ${p.names}.`,
    totalsTitle: 'Perbandingan nilai total',
    totalsSubtitle: (p: P) => `${p.assessment} · label: nomor item · nilai · skala 0–100`,
    totalsDescription: (p: P) =>
      `Diagram batang nilai total ${p.count} item, diberi nomor item, skala 0–100. Item: ${p.names}.`,
    totalsOnlyAll: 'Data ini hanya memuat nilai total untuk item-item ini, jadi perbandingan memakai nilai total.',
    totalsOnly: 'Tidak semua item memiliki nilai per dimensi, jadi perbandingan memakai nilai total.',
    withoutDimensions: (p: P) => `Tanpa nilai dimensi: ${p.names}.`,
    unknownTotals: (p: P) => `Tanpa nilai total (tidak digambar): ${p.names}.`,
    legendTitle: 'Keterangan item',
    tableTitle: 'Tabel perbandingan',
    baselineNote: (p: P) =>
      `Item 1 (${p.item}) adalah acuan: selisih setiap item lain dihitung terhadapnya. ▲ lebih tinggi, ▼ lebih rendah.`,
    measure: 'Komponen',
    weight: (p: P) => `bobot ${p.weight}`,
    higher: 'lebih tinggi dari acuan',
    lower: 'lebih rendah dari acuan',
    same: 'sama dengan acuan',
    diffLabel: 'Selisih dari acuan',
    openUnit: (p: P) => `Buka rincian ${p.unit}`,
    csvItem: 'Item',
    csvEntity: 'Instansi',
    csvYear: 'Tahun',
    /** The level row and CSV column: what the items' years give a unit. */
    levelRow: { zona: 'Zona', kepatuhan: 'Opini', maladministrasi: 'Kualitas' },
  },
  place: {
    file: 'Berkas',
    record: (p: P) => `Data ke-${p.index}`,
    institution: (p: P) => `Instansi ke-${p.index}`,
    dimension: (p: P) => `Dimensi ke-${p.index}`,
    row: (p: P) => `Baris ${p.row}`,
    page: (p: P) => `Halaman ${p.page}`,
    field: (p: P) => `kolom “${p.field}”`,
  },
  problems: {
    empty: () => 'Berkas atau respons kosong.',
    notJson: (p: P) => `Bukan JSON yang valid${p.line ? ` (baris ${p.line}, kolom ${p.column})` : ''}.`,
    notCsv: () => 'Bukan CSV yang dapat dibaca.',
    htmlInsteadOfData: () =>
      'Isinya halaman web (HTML), bukan data. Periksa bahwa URL atau berkasnya menunjuk langsung ke data JSON/CSV atau API.',
    wrongShape: () => 'Struktur JSON tidak sesuai: harus berupa objek dengan "records" atau larik data unit.',
    noRecords: () => 'Tidak ada data unit ("records") maupun nilai instansi ("institutions").',
    tooLarge: (p: P) => `Berkas terlalu besar (${p.bytes}); batasnya ${p.max}.`,
    binary: () => 'Berkas ini berisi data biner, bukan teks JSON/CSV.',
    xlsx: (p: P) =>
      `Ini berkas Excel (.${p.format ?? 'xlsx'}), bukan CSV. Di Excel pilih File › Save As › “CSV UTF-8 (Comma delimited)”, lalu muat berkas CSV tersebut.`,
    required: () => 'wajib diisi.',
    notNumber: (p: P) => `“${p.value}” bukan angka.`,
    notText: () => 'harus berupa teks.',
    outOfRange: (p: P) => `nilai ${p.value} di luar rentang ${p.min}–${p.max}.`,
    yearOutOfRange: (p: P) => `tahun ${p.value} di luar rentang ${p.min ?? 2000}–${p.max ?? 2100}.`,
    noScores: () => 'tidak ada nilai total maupun nilai dimensi.',
    unknownDimension: (p: P) => `dimensi “${p.key}” tidak dikenal dalam daftar dimensi.`,
    duplicateDimension: (p: P) => `dimensi “${p.key}” tercantum lebih dari sekali.`,
    badWeight: (p: P) => `bobot ${p.value ?? ''} harus berupa angka ≥ 0.`,
    badUrl: (p: P) =>
      p.reason === 'credentials'
        ? 'Alamat ini memuat nama pengguna atau kata sandi; hapus keduanya: dasbor tidak mengirim kredensial.'
        : `“${p.value ?? p.url ?? ''}” bukan alamat http(s) yang valid.`,
    badDate: (p: P) => `“${p.value}” bukan tanggal YYYY-MM-DD yang valid.`,
    badGradeScale: () => 'skala opini tidak valid (butuh batas bawah unik 0–100, termasuk 0).',
    invalid: (p: P) =>
      p.more ? `dan ${p.more} masalah lain.` : `isian tidak valid${p.message ? `: ${p.message}` : ''}.`,
    missingColumn: (p: P) =>
      `Kolom ${COLUMN_NAMES_ID[p.column ?? ''] ?? `“${p.column}”`} tidak ditemukan. Kolom yang ada: ${p.found}.`,
    raggedRow: (p: P) => `jumlah kolom ${p.found ?? '?'} tidak sama dengan judul (${p.expected ?? '?'}).`,
    tooManyColumns: (p: P) => `Terlalu banyak kolom (${p.count}); batasnya ${p.max}.`,
    opinionOnUnitRow: (p: P) =>
      `“${p.value}” adalah bagian opini instansi, tetapi baris ini milik unit ${p.unit}. Unit tidak diberi opini: tulis opini dan “Tanpa Maladministrasi” pada baris instansinya sendiri, dengan kolom “${p.unitColumn ?? 'Unit'}” kosong.`,
    unitFieldOnEntityRow: (p: P) =>
      `kolom “${p.unitColumn ?? 'Unit'}” kosong, jadi baris ini dibaca sebagai baris instansi${p.name ? ` ${p.name}` : ''}, tetapi “${p.value}” ${
        p.what === 'quality'
          ? 'adalah kualitas unit'
          : p.what === 'compliance'
            ? 'adalah tingkat kepatuhan unit'
            : 'hanya berlaku untuk unit'
      }. Isi nama unitnya di kolom “${p.unitColumn ?? 'Unit'}”, atau kosongkan sel ini.`,
    ckanFailure: (p: P) => `API CKAN melaporkan kegagalan${p.message ? `: ${p.message}` : ''}.`,
    ckanIncomplete: (p: P) =>
      `API CKAN hanya memberikan ${p.read} dari ${p.total} baris; data tidak lengkap, tidak dimuat.`,
    networkError: (p: P) =>
      `Tidak dapat menghubungi ${p.url}. Periksa koneksi internet. Jika alamatnya benar, server API mungkin tidak mengizinkan akses dari ${p.origin || 'dasbor ini'} (CORS): pemilik API perlu menambahkan header Access-Control-Allow-Origin.`,
    timeout: (p: P) => `${p.url} tidak menjawab dalam ${Number(p.timeoutMs) / 1000} detik.`,
    httpStatus: (p: P) =>
      `Server menjawab dengan status HTTP ${p.status}${p.statusText ? ` (${p.statusText})` : ''}.${
        p.status === 401 || p.status === 403
          ? ' Data ini memerlukan login atau izin; minta pemilik API membukanya untuk publik atau memberi akses.'
          : ''
      }`,
    truncated: () => 'Respons terpotong di tengah jalan; data tidak lengkap.',
    unknownOpinion: (p: P) =>
      `“${p.value}” bukan opini Ombudsman yang dikenal. Tulis misalnya “Kualitas Tertinggi”, “Kualitas Tinggi Tanpa Maladministrasi” atau “Kualitas Sedang”.`,
    opinionNotInYear: (p: P) =>
      `${p.value ? `“${p.value}”: ` : ''}Opini Ombudsman RI (dan “Tanpa Maladministrasi”) diberikan mulai penilaian 2025; tahun ${p.year} dinilai dengan metode lain (nilai huruf A–E atau zona), yang Rapor hitung dari nilai.`,
    opinionConflict: (p: P) =>
      `opini “${p.value}” memuat “Tanpa Maladministrasi”, tetapi kolom ini berisi Tidak. Samakan keduanya.`,
    unknownQuality: (p: P) => `“${p.value}” bukan kualitas unit yang dikenal: Sangat Baik, Baik, Cukup, atau Kurang.`,
    qualityNotInYear: (p: P) =>
      `“${p.value}”: kualitas unit (Sangat Baik … Kurang) diberikan mulai penilaian 2025; tahun ${p.year} memakai nilai huruf atau zona.`,
    unknownZone: (p: P) => `“${p.value}” bukan zona yang dikenal: Hijau, Kuning, atau Merah.`,
    scoreButNotAssessed: (p: P) =>
      `${p.name} ${p.year} ditandai tidak dinilai, tetapi memiliki nilai atau opini. Kosongkan salah satunya.`,
  } satisfies Record<ProblemCode, (p: P) => string> as Record<ProblemCode, (p: P) => string>,
  warnings: {
    reportedDiffersFromMean: (p: P) =>
      `${p.name} ${p.year}: nilai resmi ${p.reported} berbeda dari rata-rata unit ${p.mean}. Keduanya ditampilkan.`,
    duplicateUnit: (p: P) =>
      `${p.unit} (${p.institution}, ${p.year}) tercantum lebih dari sekali; hanya yang pertama yang dipakai.`,
    totalDiffersFromDimensions: (p: P) =>
      `nilai total ${p.given} berbeda dari total berbobot dimensinya (${p.computed}).`,
    totalUnknownMissingDimension: () => 'nilai total tidak dapat dihitung karena ada dimensi tanpa nilai.',
    reportedGradeDiffers: (p: P) => `opini tercatat ${p.given} tidak sesuai dengan nilai (${p.expected}).`,
    opinionVariant: (p: P) =>
      `${p.name} ${p.year}: opini “${p.value}” (ejaan lain) dibaca sebagai label resmi “${OPINION_LABEL[p.level as QualityLevel] ?? p.level}${p.tm ? ' Tanpa Maladministrasi' : ''}”.`,
    qualityVariant: (p: P) =>
      `kualitas “${p.value}” dibaca sebagai label resmi “${UNIT_QUALITY_LABEL[p.quality as UnitQuality] ?? p.quality}”.`,
    suffixWithoutOpinion: (p: P) =>
      `${p.name} ${p.year}: status “Tanpa Maladministrasi” diisi tanpa opini; tidak ditampilkan.`,
    zoneNotInMethod: (p: P) =>
      `${p.name} ${p.year}: zona “${p.value}” tidak ditampilkan. Sejak penilaian 2025 Ombudsman tidak lagi memberi zona; hasilnya berupa Opini Ombudsman RI.`,
    reportedZoneDiffers: (p: P) =>
      `${p.name} ${p.year}: zona tercatat ${ZONE_ID[p.given ?? ''] ?? p.given} tidak sesuai dengan nilai (${ZONE_ID[p.expected ?? ''] ?? p.expected}); yang ditampilkan adalah zona dari nilai.`,
    gradeNotInMethod: (p: P) =>
      `${p.name} ${p.year}: nilai huruf “${p.value}” tidak ditampilkan. Sejak penilaian 2025 hasilnya berupa Opini Ombudsman RI, tanpa nilai huruf.`,
    opinionDiffersFromScore: (p: P) =>
      `${p.name} ${p.year}: opini terbitan “${OPINION_LABEL[p.level as QualityLevel] ?? p.level}” berbeda dari tingkat yang Rapor hitung dari nilainya (${OPINION_LABEL[p.derived as QualityLevel] ?? p.derived}, batas nilai disimpulkan). Yang ditampilkan adalah opini terbitan.`,
    qualityDiffersFromScore: (p: P) =>
      `${p.unit}: kualitas terbitan “${UNIT_QUALITY_LABEL[p.quality as UnitQuality] ?? p.quality}” berbeda dari tingkat yang Rapor hitung dari nilainya (${OPINION_LABEL[p.derived as QualityLevel] ?? p.derived}). Yang ditampilkan adalah label terbitan.`,
    partNotInMethod: (p: P) =>
      `${p.name} ${p.year}: nilai kepercayaan masyarakat atau kepatuhan produk pengawasan baru dinilai mulai 2025; diabaikan.`,
    totalNeedsWeights: (p: P) =>
      `nilai total tidak diisi dan tidak dapat dihitung dari dimensi: bobot dimensi tahun ${p.year} tidak diterbitkan (empat dimensi bersama 70%, kepercayaan masyarakat 30%). Isi kolom nilai total.`,
    notAssessedHasUnits: (p: P) =>
      `${p.name} ${p.year} ditandai tidak dinilai, tetapi memiliki ${p.count} unit; unitnya ditampilkan, instansinya tanpa hasil.`,
  } satisfies Record<WarningCode, (p: P) => string> as Record<WarningCode, (p: P) => string>,
  update: {
    ready: 'Versi baru Rapor sudah diunduh. Muat ulang halaman untuk memakainya.',
    reload: 'Muat ulang',
    later: 'Nanti',
  },
};
