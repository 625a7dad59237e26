// The Indonesian words of the first screen (shell, overview, data panel); the rest is in
// messages-id-later.ts. messages-en.ts must have the same shape (checked by tsc).

import { OPINION_LABEL, UNIT_QUALITY_LABEL } from '../../domain/published-labels';
type P = Record<string, string | number>;

export const messagesId = {
  app: {
    name: 'Rapor',
    tagline: 'Penilaian Pelayanan Publik Ombudsman RI',
    skipToContent: 'Lompat ke konten',
    language: 'Bahasa',
    switchLanguage: 'English',
    switchLanguageLabel: 'Switch to English',
    themeLight: 'Mode terang',
    themeDark: 'Mode gelap',
    loading: 'Memuat data…',
    noData: 'Belum ada data yang dimuat.',
    loadingPart: 'Memuat…',
    partFailed: 'Bagian ini tidak dapat dimuat. Periksa koneksi internet, lalu muat ulang halaman.',
    reload: 'Muat ulang halaman',
    footer:
      'Rapor menampilkan hasil penilaian pelayanan publik Ombudsman RI: Penilaian Kepatuhan hingga 2024, Penilaian Maladministrasi (Opini Ombudsman RI) mulai 2025. Periksa sumber data di panel Data.',
  },
  nav: {
    report: 'Laporan',
    label: 'Tampilan',
    overview: 'Ringkasan',
    dimensions: 'Dimensi',
    coaching: 'Pembinaan',
    trends: 'Tren',
    compare: 'Bandingkan',
  },
  filters: {
    entitySearch: 'Ketik nama instansi…',
    entityListbox: 'Instansi yang cocok',
    entityMore: (p: P) => `dan ${p.count} instansi lainnya — terus ketik untuk mempersempit`,
    entityNoMatch: (p: P) => `Tidak ada instansi yang cocok dengan “${p.query}”.`,
    label: 'Filter',
    year: 'Tahun',
    entity: 'Instansi',
    unitType: 'Jenis unit',
    allUnitTypes: 'Semua jenis unit',
  },
  // The chosen entity has no published result in the chosen year (e.g. Batang in 2025).
  missing: {
    title: (p: P) => `${p.entity} tidak memiliki hasil terbitan untuk ${p.year}.`,
    chooseEntity: (p: P) => `Instansi dengan hasil terbitan ${p.year}:`,
    filterLabel: 'Cari instansi',
    filterPlaceholder: 'Ketik nama instansi…',
    shownOf: (p: P) => `Menampilkan ${p.shown} dari ${p.total} instansi; ketik untuk mempersempit.`,
    noMatch: 'Tidak ada instansi yang cocok.',
    noEntities: (p: P) => `Tidak ada instansi dengan hasil terbitan ${p.year}.`,
    backToLatest: (p: P) => `Lihat ${p.entity} ${p.year}`,
  },
  unitTypes: {
    dinas_pendidikan: 'Dinas Pendidikan',
    dinas_kesehatan: 'Dinas Kesehatan',
    disdukcapil: 'Disdukcapil',
    dinas_sosial: 'Dinas Sosial',
    dpmptsp: 'DPMPTSP',
    puskesmas: 'Puskesmas',
    rsud: 'RSUD',
    samsat: 'Samsat',
    unit_pusat: 'Unit Pusat',
    kantor_wilayah: 'Kantor Wilayah',
    sekolah: 'Sekolah',
    rsj: 'RSJ',
    balai: 'Balai Sosial',
  } as Record<string, string>,
  grade: {
    zone: { hijau: 'Zona Hijau', kuning: 'Zona Kuning', merah: 'Zona Merah' },
    zoneShort: { hijau: 'Hijau', kuning: 'Kuning', merah: 'Merah' },
    label: {
      A: 'Kualitas Tertinggi',
      B: 'Kualitas Tinggi',
      C: 'Kualitas Sedang',
      D: 'Kualitas Rendah',
      E: 'Kualitas Terendah',
    } as Record<string, string>,
    letter: (p: P) => `Opini ${p.grade}`,
    unknown: 'Tanpa nilai',
    // The Ombudsman's own words (from 2025 the opinion, for units the quality word), shown as published.
    quality: OPINION_LABEL,
    qualityShort: {
      tertinggi: 'Tertinggi',
      tinggi: 'Tinggi',
      sedang: 'Sedang',
      rendah: 'Rendah',
      terendah: 'Terendah',
    },
    unitWord: UNIT_QUALITY_LABEL,
    tanpaMaladministrasi: 'Tanpa Maladministrasi',
    /** An English gloss of an opinion; none in Indonesian, where the label is the word. */
    gloss: (_p: P) => '',
    derivedMark: 'dihitung dari nilai',
    derivedNote:
      'Dihitung Rapor dari nilai dengan batas nilai yang disimpulkan dari hasil terbitan 2025, bukan label resmi Ombudsman.',
    publishedNote: 'Sebagaimana diterbitkan Ombudsman RI.',
    tmNotReported: 'Status “Tanpa Maladministrasi” tidak dilaporkan.',
    tmNo: 'Dilaporkan tanpa status “Tanpa Maladministrasi”.',
    tmNotDerivable: 'Status “Tanpa Maladministrasi” tidak dapat dihitung dari nilai.',
    notAssessed: 'Tidak dinilai',
  },
  method: {
    /** Shown after the assessment's (Indonesian, proper) name; none in Indonesian. */
    gloss: { zona: '', kepatuhan: '', maladministrasi: '' } as Record<string, string>,
    assumed: (p: P) =>
      `Hasil ${p.year} belum diterbitkan; Rapor menganggap ${p.year} memakai metode terakhir yang diketahui (${p.method}).`,
    /** A change of method between two years of a trend or a comparison. */
    changed: (p: P) =>
      `Metode penilaian berganti pada ${p.year}: ${p.from} menjadi ${p.to}. Nilai sebelum dan sesudahnya tidak dapat dibandingkan secara langsung.`,
    provenanceKind: {
      official: 'resmi (Ombudsman RI)',
      press: 'menurut pemberitaan pers',
      inferred: 'disimpulkan, bukan angka resmi',
      rapor: 'aturan Rapor',
    } as Record<string, string>,
    basis: {
      zones2021: 'Rentang zona yang diterbitkan Ombudsman RI hingga 2021.',
      grades2022: 'Tabel opini A–E Penilaian Kepatuhan yang diterbitkan Ombudsman RI (2022–2024).',
      weightsAssumedBefore2022: 'Hingga 2021 Rapor memakai empat dimensi dan bobot yang sama dengan 2022–2024.',
      weightsSlides2023:
        'Bobot dimensi dari paparan Ombudsman RI Perwakilan Jawa Tengah (2023); belum dikonfirmasi untuk 2022 dan 2024.',
      opinionRanges2025:
        'Tabel rentang nilai 2025 tidak diterbitkan; semua pasangan nilai dan label 2025 yang terbit cocok dengan batas lama (Tertinggi ≥ 88, Tinggi ≥ 78, Sedang ≥ 54, Rendah ≥ 32).',
      weightsUnpublished2025:
        'Empat dimensi bersama berbobot 70% dan kepercayaan masyarakat 30% (ORI Lampung, Februari 2026); bobot tiap dimensi tidak diterbitkan.',
      coachBelow78:
        'Surat Ombudsman kepada kepala daerah (Februari 2026): lakukan pembinaan pada unit bernilai di bawah 78.',
      coachBelowMean: 'Unit di bawah rata-rata instansinya, sebagaimana praktik pembinaan di daerah.',
      unitWords2025:
        'Padanan disimpulkan dari hasil terbitan: Sangat Baik ↔ Tertinggi, Baik ↔ Tinggi, Cukup ↔ Sedang, Kurang ↔ Rendah.',
    } as Record<string, string>,
  },
  overview: {
    title: 'Ringkasan',
    entityScore: 'Nilai instansi',
    reported: 'Nilai resmi',
    computedMean: 'Rata-rata unit',
    computedNote: 'dihitung dari nilai unit',
    reportedVsMean: (p: P) => `Nilai resmi ${p.reported}; rata-rata unit ${p.mean}. Keduanya ditampilkan terpisah.`,
    onlyComputed: 'Tidak ada nilai resmi; yang tampil adalah rata-rata nilai unit.',
    units: 'Unit layanan',
    best: 'Unit tertinggi',
    weakest: 'Unit terendah',
    noUnits: 'Instansi ini hanya memiliki nilai resmi, tanpa rincian unit.',
    summaryNone: (p: P) => `Semua ${p.count} unit berada di atas atau sama dengan rata-rata instansi.`,
    summaryFlagged: (p: P) => `${p.flagged} dari ${p.count} unit perlu pembinaan: ${p.names}.`,
    summaryFlaggedSome: (p: P) =>
      `${p.flagged} dari ${p.count} unit perlu pembinaan. Yang terlemah: ${p.names}. Daftar lengkapnya ada di tabel peringkat dan tampilan Pembinaan.`,
    summaryOthers: (p: P) => `${p.count} lainnya`,
    rankingTitle: 'Peringkat unit menurut nilai total',
    rankingSubtitle: (p: P) => `${p.entity}, ${p.year} · ${p.assessment}`,
    rankingDescription: (p: P) =>
      `Diagram batang nilai total ${p.count} unit, diurutkan dari tertinggi, dengan rata-rata instansi (${p.mean}). Ditandai: ${p.flagged}.`,
    legendFlagged: 'Di bawah rata-rata instansi (perlu pembinaan)',
    legendOk: 'Sama dengan atau di atas rata-rata',
    legendBelowTarget: (p: P) => `Di bawah ${p.target}, batas pembinaan yang disarankan Ombudsman (perlu pembinaan)`,
    legendAtOrAboveTarget: (p: P) => `${p.target} atau lebih`,
    summaryNoneBelowTarget: (p: P) =>
      `Tidak ada dari ${p.count} unit yang bernilai di bawah ${p.target}, batas pembinaan yang disarankan Ombudsman.`,
    meanLine: (p: P) => `Rata-rata ${p.mean}`,
    flaggedMark: 'perlu pembinaan',
    notAssessed: (p: P) => `${p.entity} tidak dinilai pada ${p.year}.`,
    scoreParts: (p: P) =>
      [
        p.trust ? `kepercayaan masyarakat ${p.trust}` : '',
        p.supervision ? `kepatuhan terhadap produk pengawasan ${p.supervision}` : '',
      ]
        .filter(Boolean)
        .join('; ')
        .replace(/^./, (c) => c.toUpperCase()) + '.',
    nationalAverage: (p: P) => `Rata-rata nasional ${p.year}: ${p.score} (angka yang dilaporkan).`,
    /** Under a chart whose bands are the 2025 levels: their cut points are Rapor's inference. */
    bandsInferred: 'Batas tingkat kualitas 2025 disimpulkan dari hasil terbitan, bukan tabel resmi Ombudsman.',
  },
  exporting: {
    menu: 'Ekspor',
    menuLabel: (p: P) => `Ekspor grafik “${p.title}”`,
    png: 'Gambar PNG',
    svg: 'Gambar SVG',
    copy: 'Salin gambar',
    csv: 'Data CSV',
    working: 'Menyiapkan…',
    copied: 'Gambar disalin ke clipboard.',
    copyUnsupported: 'Peramban ini tidak mengizinkan menyalin gambar. Gunakan “Gambar PNG” lalu tempel berkasnya.',
    copyDenied: 'Peramban menolak akses clipboard. Izinkan akses clipboard atau gunakan “Gambar PNG”.',
    failed: (p: P) => `Ekspor gagal: ${p.message}`,
    credit: (p: P) => `Rapor · dibuat ${p.date}`,
    filters: (p: P) => `Filter: ${p.filters}`,
  },
  chart: {
    addToCompare: 'Bandingkan',
    // Starts with the visible word ("Bandingkan") so speech input and screen readers agree (WCAG 2.5.3).
    addToCompareLabel: (p: P) => `Bandingkan ${p.unit}`,
    short: 'Singkatan',
    showTable: 'Tampilkan tabel',
    showChart: 'Tampilkan diagram',
    unit: 'Unit',
    total: 'Nilai total',
    grade: 'Opini',
    /** The level column of a year's units: grades (Opini A–E), zones, or from 2025 quality words. */
    levelColumn: { zona: 'Zona', kepatuhan: 'Opini', maladministrasi: 'Kualitas' } as Record<string, string>,
    /** A unit's compliance level as published from 2025 ("Tingkat Kepatuhan Tinggi"). */
    compliance: (p: P) => `Tingkat Kepatuhan ${p.level}`,
    complianceColumn: 'Tingkat kepatuhan',
    /** A level column over years of different methods (grade, zone or opinion). */
    result: 'Hasil',
    rank: 'Peringkat',
    status: 'Status',
    computedTotal: 'dihitung dari dimensi',
    illustrativeNote: 'Nilai dimensi bersifat ilustratif (contoh), bukan angka resmi Ombudsman.',
    source: (p: P) => `Sumber: ${p.source}`,
  },
  longLists: {
    unitsTrimmed: (p: P) =>
      `${p.edge} tertinggi dan ${p.edge} terendah dari ${p.count} unit; daftar lengkap ada di tabel`,
    unitsGap: (p: P) => `⋯ ${p.count} unit lain (lihat tabel)`,
  },
  data: {
    downloadJson: 'Unduh data (JSON)',
    downloadJsonHint: 'Format JSON kanonik Rapor, siap diterbitkan untuk API atau server statis.',
    panelTitle: 'Data',
    openPanel: 'Data',
    currentSource: 'Sumber data saat ini',
    loadedAt: (p: P) => `dimuat ${p.when}`,
    sourceBundled: 'Data bawaan (hasil terbitan Ombudsman RI, 2021–2025)',
    sourceFile: (p: P) => `Berkas ${p.name}`,
    sourceUrl: (p: P) => `API ${p.url}`,
    datasetCounts: (p: P) => `${p.records} unit, ${p.entities} instansi, tahun ${p.years}`,
    openFile: 'Buka berkas JSON/CSV',
    dropHint: 'atau seret berkas ke halaman ini',
    dropHere: 'Lepaskan berkas untuk memuatnya',
    urlLabel: 'Alamat API (URL)',
    urlPlaceholder: 'https://data.contoh.go.id/api/…',
    loadUrl: 'Muat dari URL',
    backToBundled: 'Kembali ke data bawaan',
    loadingFrom: (p: P) => `Memuat ${p.source}…`,
    stageDownloading: 'Mengunduh data…',
    stageReadingFile: 'Membaca berkas…',
    stageParsing: 'Mengurai data…',
    stageValidating: 'Memeriksa data…',
    bytesOf: (p: P) => `${p.received} dari ${p.total}`,
    bytesReceived: (p: P) => `${p.received} diterima`,
    loadProgress: 'Kemajuan memuat data',
    loadedFrom: (p: P) => `Data dari ${p.source} berhasil dimuat.`,
    errorTitle: (p: P) => `Data dari ${p.source} tidak dimuat`,
    errorKept: 'Data sebelumnya tetap ditampilkan.',
    notesMore: (p: P) => `dan ${p.count} catatan lain`,
    notesMoreInPanel: (p: P) => `dan ${p.count} catatan lain — semuanya ada di panel Data`,
    errorMore: (p: P) => `dan ${p.count} masalah lain`,
    dismiss: 'Tutup',
    warningsTitle: (p: P) => `Catatan data (${p.count})`,
    illustrativeBanner: 'Sebagian nilai dimensi pada data ini bersifat ilustratif, bukan angka resmi.',
    sourceLine: (p: P) => `Sumber: ${p.name}`,
    retrieved: (p: P) => `diambil ${p.date}`,
  },
  offline: {
    notice: (p: P) =>
      `Anda sedang luring; data dimuat ${p.when} (${p.age}). Data ini tetap dapat dibaca; memuat data baru menunggu sambungan kembali.`,
  },
};
