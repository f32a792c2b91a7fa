/**
 * Articles sampled from ../shared/corpora (every 18th factRuEval text, every 57th Brown-UK press
 * text, every third readability-news page) and labelled by hand with the outlet each relays
 * (null: own reporting), read for issue #10.
 */
export const realSample: readonly { path: string; origin: string | null }[] = [
  { path: 'ru-uk/factRuEval/book_100.txt', origin: null },
  { path: 'ru-uk/factRuEval/book_179.txt', origin: null },
  { path: 'ru-uk/factRuEval/book_263.txt', origin: null },
  { path: 'ru-uk/factRuEval/book_324.txt', origin: 'AFP' },
  { path: 'ru-uk/factRuEval/book_3573.txt', origin: null },
  { path: 'ru-uk/factRuEval/book_369.txt', origin: null },
  { path: 'ru-uk/factRuEval/book_3758.txt', origin: 'Rosbalt' },
  { path: 'ru-uk/factRuEval/book_3790.txt', origin: 'RBC' },
  { path: 'ru-uk/factRuEval/book_3810.txt', origin: 'Lenta.ru' },
  { path: 'ru-uk/factRuEval/book_3878.txt', origin: null },
  { path: 'ru-uk/factRuEval/book_3915.txt', origin: 'Vedomosti' },
  { path: 'ru-uk/factRuEval/book_3966.txt', origin: null },
  { path: 'ru-uk/factRuEval/book_402.txt', origin: null },
  { path: 'ru-uk/factRuEval/book_475.txt', origin: null },
  {
    path: 'ru-uk/brown-uk-press/A_Biznes_Dudko_Tekhnolohiyi_shcho_nahoduyut_liudstvo_2018.txt',
    origin: null,
  },
  {
    path: 'ru-uk/brown-uk-press/A_Holos_Ukrayiny_Brukhal_Do_mamynoyi_khaty_malenkoho_rayu_na_zemli_2018.txt',
    origin: null,
  },
  {
    path: 'ru-uk/brown-uk-press/A_Muzyka_Herasymenko_Tretiy_vseukrayinskyi_konkurs_imeni_Tarasa_Kravtsova_proyshov_u_Kharkovi_2018.txt',
    origin: null,
  },
  {
    path: "ru-uk/brown-uk-press/A_Podolianyn_Dehtyar_Shcho_obhovoryuyut'_khudozhnyky-pedahohy_2015.txt",
    origin: null,
  },
  { path: 'ru-uk/brown-uk-press/A_Slobidskyi_krai_Aby_na_kordoni_2015.txt', origin: null },
  {
    path: 'ru-uk/brown-uk-press/A_Vechirnia_Poltava_Kozelska_Kazky_i_mriyi_ukrayinskoho_dukhu_2015.txt',
    origin: null,
  },
  {
    path: "ru-uk/brown-uk-press/A_Visti_Rivnenshchyny_Rychko_Mil'yon_dlia_triyniat_2016.txt",
    origin: null,
  },
  {
    path: 'ru-uk/brown-uk-press/A_Zhurnalist_Ukrayiny_Oliynyk_Chy_potribni_rayonky_derzhavi_2017.txt',
    origin: null,
  },
  {
    path: 'ru-uk/brown-uk-press/A_gradpryluky.info_Popenko_Z_viroiu_v_Pryluky_i_pryluchan_2016.txt',
    origin: null,
  },
  {
    path: 'ru-uk/brown-uk-press/A_regionews_sumy_V_Ukrayini_vidmovliayutsia_vid_paperovych_medychnyh_kartok_2013.txt',
    origin: null,
  },
  { path: 'readability-news/aktualne/source.html', origin: null },
  { path: 'readability-news/breitbart/source.html', origin: null },
  { path: 'readability-news/cnet/source.html', origin: null },
  { path: 'readability-news/folha/source.html', origin: null },
  { path: 'readability-news/herald-sun-1/source.html', origin: null },
  { path: 'readability-news/liberation-1/source.html', origin: null },
  { path: 'readability-news/nytimes-1/source.html', origin: null },
  { path: 'readability-news/nytimes-4/source.html', origin: null },
  { path: 'readability-news/quanta-1/source.html', origin: null },
  { path: 'readability-news/telegraph/source.html', origin: 'Reuters' },
  { path: 'readability-news/wapo-1/source.html', origin: null },
  { path: 'readability-news/yahoo-2/source.html', origin: 'Associated Press' },
];
