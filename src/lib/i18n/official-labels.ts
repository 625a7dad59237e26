// The Ombudsman's labels in its own words: an opinion or a quality word is quoted as published, in
// either language of the interface.
export const QUALITY_ID: Readonly<Record<string, string>> = {
  tertinggi: 'Kualitas Tertinggi',
  tinggi: 'Kualitas Tinggi',
  sedang: 'Kualitas Sedang',
  rendah: 'Kualitas Rendah',
  terendah: 'Kualitas Terendah',
};

export const UNIT_WORD_ID: Readonly<Record<string, string>> = {
  sangat_baik: 'Sangat Baik',
  baik: 'Baik',
  cukup: 'Cukup',
  kurang: 'Kurang',
};

export const ZONE_ID: Readonly<Record<string, string>> = { hijau: 'Hijau', kuning: 'Kuning', merah: 'Merah' };
