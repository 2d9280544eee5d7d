// Country gazetteer: general knowledge that i18n-iso-countries lacks — short, historical and
// alternate names, adjectives, demonyms, capitals (and seats of government) and a few regions
// whose demonym or name implies the state (codebook "Countries": Chechen → RU, Minsk → BY).

export interface CountryEntry {
  readonly code: string
  /** Names beyond the library's English names: short forms, historical names, constituent parts. */
  readonly names?: ReadonlyArray<string>
  /** Adjectives ("Lithuanian", "Polish"). */
  readonly adjectives?: ReadonlyArray<string>
  /**
   * Singular nouns for a person ("Pole", "Frenchman"); plurals are derived. When left out, every
   * adjective doubles as the person noun ("a Lithuanian", "Lithuanians").
   */
  readonly people?: ReadonlyArray<string>
  /** Capitals and seats of government, cues for a government speaking ("Minsk said"). */
  readonly capitals?: ReadonlyArray<string>
}

export const COUNTRIES: ReadonlyArray<CountryEntry> = [
  // Europe
  { code: "AD", adjectives: ["Andorran"], capitals: ["Andorra la Vella"] },
  { code: "AL", adjectives: ["Albanian"], capitals: ["Tirana"] },
  { code: "AT", adjectives: ["Austrian"], capitals: ["Vienna"] },
  { code: "BA", names: ["Bosnia-Herzegovina", "Bosnia"], adjectives: ["Bosnian", "Herzegovinian"], capitals: ["Sarajevo"] },
  { code: "BE", adjectives: ["Belgian"], capitals: ["Brussels"] },
  { code: "BG", adjectives: ["Bulgarian"], capitals: ["Sofia"] },
  {
    code: "BY",
    names: ["Byelorussia", "Belorussia", "Republic of Belarus"],
    adjectives: ["Belarusian", "Belarussian", "Byelorussian", "Belorussian"],
    capitals: ["Minsk"]
  },
  { code: "CH", names: ["Swiss Confederation"], adjectives: ["Swiss"], capitals: ["Bern", "Berne"] },
  { code: "CY", names: ["Republic of Cyprus"], adjectives: ["Cypriot"], capitals: ["Nicosia"] },
  { code: "CZ", names: ["Czech Republic"], adjectives: ["Czech"], capitals: ["Prague"] },
  { code: "DE", names: ["Federal Republic of Germany"], adjectives: ["German"], capitals: ["Berlin"] },
  { code: "DK", names: ["Kingdom of Denmark"], adjectives: ["Danish"], people: ["Dane"], capitals: ["Copenhagen"] },
  { code: "EE", names: ["Republic of Estonia"], adjectives: ["Estonian"], capitals: ["Tallinn"] },
  { code: "ES", names: ["Kingdom of Spain"], adjectives: ["Spanish"], people: ["Spaniard"], capitals: ["Madrid"] },
  { code: "FI", names: ["Republic of Finland"], adjectives: ["Finnish"], people: ["Finn"], capitals: ["Helsinki"] },
  { code: "FR", names: ["French Republic"], adjectives: ["French"], people: ["Frenchman", "Frenchwoman"], capitals: ["Paris", "Élysée"] },
  {
    code: "GB",
    names: [
      "Britain", "U.K.", "United Kingdom of Great Britain and Northern Ireland",
      "England", "Scotland", "Wales", "Northern Ireland"
    ],
    adjectives: ["British", "Scottish", "Welsh", "Northern Irish"],
    people: ["Briton", "Brit", "Scot", "Welshman", "Welshwoman", "Englishman", "Englishwoman"],
    capitals: ["London", "Downing Street", "Whitehall"]
  },
  { code: "GE", names: ["Sakartvelo"], adjectives: ["Georgian"], capitals: ["Tbilisi"] },
  { code: "GR", names: ["Hellenic Republic", "Hellas"], adjectives: ["Greek", "Hellenic"], capitals: ["Athens"] },
  { code: "HR", names: ["Republic of Croatia"], adjectives: ["Croatian"], people: ["Croat", "Croatian"], capitals: ["Zagreb"] },
  { code: "HU", adjectives: ["Hungarian"], capitals: ["Budapest"] },
  { code: "IE", names: ["Republic of Ireland", "Eire", "Éire"], adjectives: ["Irish"], people: ["Irishman", "Irishwoman"], capitals: ["Dublin"] },
  { code: "IS", adjectives: ["Icelandic"], people: ["Icelander"], capitals: ["Reykjavik", "Reykjavík"] },
  { code: "IT", names: ["Italian Republic"], adjectives: ["Italian"], capitals: ["Rome"] },
  { code: "LI", adjectives: ["Liechtensteiner"], capitals: ["Vaduz"] },
  { code: "LT", names: ["Republic of Lithuania"], adjectives: ["Lithuanian"], capitals: ["Vilnius"] },
  { code: "LU", names: ["Grand Duchy of Luxembourg"], adjectives: ["Luxembourgish"], people: ["Luxembourger"] },
  { code: "LV", names: ["Republic of Latvia"], adjectives: ["Latvian"], capitals: ["Riga"] },
  { code: "MC", adjectives: ["Monegasque", "Monégasque"] },
  { code: "MD", names: ["Moldova", "Republic of Moldova", "Moldavia"], adjectives: ["Moldovan"], capitals: ["Chisinau", "Chișinău", "Chişinău"] },
  { code: "ME", adjectives: ["Montenegrin"], capitals: ["Podgorica"] },
  { code: "MK", names: ["Macedonia", "North Macedonia", "Republic of North Macedonia", "FYROM"], adjectives: ["Macedonian", "North Macedonian"], capitals: ["Skopje"] },
  { code: "MT", adjectives: ["Maltese"], capitals: ["Valletta"] },
  { code: "NL", names: ["Holland", "Kingdom of the Netherlands"], adjectives: ["Dutch"], people: ["Dutchman", "Dutchwoman"], capitals: ["Amsterdam", "The Hague"] },
  { code: "NO", names: ["Kingdom of Norway"], adjectives: ["Norwegian"], capitals: ["Oslo"] },
  { code: "PL", names: ["Republic of Poland"], adjectives: ["Polish"], people: ["Pole"], capitals: ["Warsaw"] },
  { code: "PT", names: ["Portuguese Republic"], adjectives: ["Portuguese"], capitals: ["Lisbon"] },
  { code: "RO", adjectives: ["Romanian"], capitals: ["Bucharest"] },
  { code: "RS", names: ["Republic of Serbia"], adjectives: ["Serbian"], people: ["Serb", "Serbian"], capitals: ["Belgrade"] },
  {
    code: "RU",
    names: ["Russian Federation", "Chechnya", "Chechen Republic", "Dagestan", "Daghestan", "Ingushetia", "North Ossetia"],
    adjectives: ["Russian", "Chechen", "Dagestani", "Ingush", "North Ossetian"],
    capitals: ["Moscow", "Kremlin"]
  },
  { code: "SE", names: ["Kingdom of Sweden"], adjectives: ["Swedish"], people: ["Swede"], capitals: ["Stockholm"] },
  { code: "SI", names: ["Republic of Slovenia"], adjectives: ["Slovenian", "Slovene"], capitals: ["Ljubljana"] },
  { code: "SK", names: ["Slovak Republic"], adjectives: ["Slovak", "Slovakian"], capitals: ["Bratislava"] },
  { code: "SM", adjectives: ["Sammarinese"] },
  { code: "TR", names: ["Turkiye", "Republic of Türkiye", "Republic of Turkey"], adjectives: ["Turkish"], people: ["Turk"], capitals: ["Ankara"] },
  { code: "UA", names: ["Crimea"], adjectives: ["Ukrainian"], capitals: ["Kyiv", "Kiev"] },
  { code: "VA", names: ["Holy See", "Vatican", "Vatican City"] },
  { code: "XK", names: ["Republic of Kosovo"], adjectives: ["Kosovar", "Kosovan"], capitals: ["Pristina", "Prishtina", "Priština"] },
  { code: "AX", adjectives: ["Ålander"] },
  { code: "FO", names: ["Faroes", "Faeroe Islands"], adjectives: ["Faroese"] },
  { code: "GI", adjectives: ["Gibraltarian"] },
  { code: "GL", adjectives: ["Greenlandic"], people: ["Greenlander"] },

  // Former Soviet Union, Middle East, Central and South Asia
  { code: "AF", names: ["Islamic Republic of Afghanistan", "Islamic Emirate of Afghanistan"], adjectives: ["Afghan", "Afghani"], capitals: ["Kabul"] },
  { code: "AM", names: ["Republic of Armenia"], adjectives: ["Armenian"], capitals: ["Yerevan"] },
  { code: "AZ", names: ["Republic of Azerbaijan"], adjectives: ["Azerbaijani", "Azeri"], capitals: ["Baku"] },
  { code: "BD", adjectives: ["Bangladeshi"], capitals: ["Dhaka"] },
  { code: "BH", adjectives: ["Bahraini"], capitals: ["Manama"] },
  { code: "BT", adjectives: ["Bhutanese"], capitals: ["Thimphu"] },
  { code: "IL", names: ["State of Israel"], adjectives: ["Israeli"], capitals: ["Jerusalem"] },
  { code: "IN", names: ["Republic of India"], adjectives: ["Indian"], capitals: ["New Delhi"] },
  { code: "IQ", names: ["Republic of Iraq", "Iraqi Kurdistan", "Kurdistan Region"], adjectives: ["Iraqi"], capitals: ["Baghdad"] },
  { code: "IR", names: ["Persia"], adjectives: ["Iranian"], capitals: ["Tehran", "Teheran"] },
  { code: "JO", names: ["Hashemite Kingdom of Jordan"], adjectives: ["Jordanian"], capitals: ["Amman"] },
  { code: "KG", names: ["Kyrgyz Republic", "Kirghizia"], adjectives: ["Kyrgyz", "Kyrgyzstani", "Kirghiz"], capitals: ["Bishkek"] },
  { code: "KW", names: ["State of Kuwait"], adjectives: ["Kuwaiti"], capitals: ["Kuwait City"] },
  { code: "KZ", names: ["Republic of Kazakhstan"], adjectives: ["Kazakh", "Kazakhstani"], capitals: ["Astana", "Nur-Sultan"] },
  { code: "LB", names: ["Lebanese Republic"], adjectives: ["Lebanese"], capitals: ["Beirut"] },
  { code: "LK", names: ["Ceylon"], adjectives: ["Sri Lankan"], capitals: ["Colombo", "Sri Jayawardenepura Kotte"] },
  { code: "MV", adjectives: ["Maldivian"] },
  { code: "NP", adjectives: ["Nepali", "Nepalese"], capitals: ["Kathmandu"] },
  { code: "OM", names: ["Sultanate of Oman"], adjectives: ["Omani"], capitals: ["Muscat"] },
  { code: "PK", names: ["Islamic Republic of Pakistan"], adjectives: ["Pakistani"], capitals: ["Islamabad"] },
  { code: "PS", names: ["Palestinian Territories", "Occupied Palestinian Territory", "Gaza", "Gaza Strip", "West Bank"], adjectives: ["Palestinian"], capitals: ["Ramallah"] },
  { code: "QA", names: ["State of Qatar"], adjectives: ["Qatari"], capitals: ["Doha"] },
  { code: "SA", names: ["Kingdom of Saudi Arabia"], adjectives: ["Saudi", "Saudi Arabian"], capitals: ["Riyadh"] },
  { code: "SY", names: ["Syria"], adjectives: ["Syrian"], capitals: ["Damascus"] },
  { code: "TJ", names: ["Republic of Tajikistan"], adjectives: ["Tajik", "Tajikistani"], capitals: ["Dushanbe"] },
  { code: "TM", adjectives: ["Turkmen", "Turkmenistani"], capitals: ["Ashgabat"] },
  { code: "AE", names: ["U.A.E.", "Emirates"], adjectives: ["Emirati"], capitals: ["Abu Dhabi"] },
  { code: "UZ", names: ["Republic of Uzbekistan"], adjectives: ["Uzbek", "Uzbekistani"], capitals: ["Tashkent"] },
  { code: "YE", names: ["Republic of Yemen"], adjectives: ["Yemeni"], capitals: ["Sanaa", "Sana'a"] },

  // East and South-East Asia, Oceania
  { code: "AU", names: ["Commonwealth of Australia"], adjectives: ["Australian"], capitals: ["Canberra"] },
  { code: "BN", names: ["Brunei"], adjectives: ["Bruneian"], capitals: ["Bandar Seri Begawan"] },
  { code: "CN", names: ["PRC", "Mainland China"], adjectives: ["Chinese"], capitals: ["Beijing", "Peking"] },
  { code: "FJ", adjectives: ["Fijian"], capitals: ["Suva"] },
  { code: "FM", names: ["Micronesia", "Federated States of Micronesia"], adjectives: ["Micronesian"], capitals: ["Palikir"] },
  { code: "HK", adjectives: ["Hongkonger"] },
  { code: "ID", names: ["Republic of Indonesia"], adjectives: ["Indonesian"], capitals: ["Jakarta"] },
  { code: "JP", adjectives: ["Japanese"], capitals: ["Tokyo"] },
  { code: "KH", names: ["Kingdom of Cambodia"], adjectives: ["Cambodian"], capitals: ["Phnom Penh"] },
  { code: "KI", adjectives: ["I-Kiribati"], capitals: ["Tarawa"] },
  { code: "KP", names: ["Democratic People's Republic of Korea", "DPRK"], adjectives: ["North Korean"], capitals: ["Pyongyang"] },
  { code: "KR", names: ["ROK"], adjectives: ["South Korean"], capitals: ["Seoul"] },
  { code: "LA", names: ["Laos", "Lao PDR"], adjectives: ["Lao", "Laotian"], capitals: ["Vientiane"] },
  { code: "MH", adjectives: ["Marshallese"], capitals: ["Majuro"] },
  { code: "MM", names: ["Burma", "Republic of the Union of Myanmar"], adjectives: ["Burmese"], capitals: ["Naypyidaw", "Nay Pyi Taw"] },
  { code: "MN", adjectives: ["Mongolian"], capitals: ["Ulaanbaatar", "Ulan Bator"] },
  { code: "MO", names: ["Macau"], adjectives: ["Macanese"] },
  { code: "MY", adjectives: ["Malaysian"], capitals: ["Kuala Lumpur"] },
  { code: "NR", adjectives: ["Nauruan"] },
  { code: "NZ", names: ["Aotearoa"], people: ["New Zealander"], capitals: ["Wellington"] },
  { code: "PG", adjectives: ["Papua New Guinean"], capitals: ["Port Moresby"] },
  { code: "PH", adjectives: ["Philippine", "Filipino"], people: ["Filipino", "Filipina"], capitals: ["Manila"] },
  { code: "PW", adjectives: ["Palauan"], capitals: ["Ngerulmud"] },
  { code: "SB", adjectives: ["Solomon Islander"], capitals: ["Honiara"] },
  { code: "SG", names: ["Republic of Singapore"], adjectives: ["Singaporean"] },
  { code: "TH", names: ["Kingdom of Thailand", "Siam"], adjectives: ["Thai"], capitals: ["Bangkok"] },
  { code: "TL", names: ["East Timor"], adjectives: ["Timorese", "East Timorese"], capitals: ["Dili"] },
  { code: "TO", adjectives: ["Tongan"], capitals: ["Nuku'alofa"] },
  { code: "TV", adjectives: ["Tuvaluan"], capitals: ["Funafuti"] },
  { code: "TW", names: ["Republic of China"], adjectives: ["Taiwanese"], capitals: ["Taipei"] },
  { code: "VN", names: ["Viet Nam"], adjectives: ["Vietnamese"], capitals: ["Hanoi"] },
  { code: "VU", adjectives: ["Ni-Vanuatu"], capitals: ["Port Vila"] },
  { code: "WS", adjectives: ["Samoan"], capitals: ["Apia"] },

  // Africa
  { code: "AO", adjectives: ["Angolan"], capitals: ["Luanda"] },
  { code: "BF", adjectives: ["Burkinabe", "Burkinabè"], capitals: ["Ouagadougou"] },
  { code: "BI", adjectives: ["Burundian"], capitals: ["Gitega", "Bujumbura"] },
  { code: "BJ", adjectives: ["Beninese"], capitals: ["Porto-Novo", "Cotonou"] },
  { code: "BW", adjectives: ["Botswanan"], people: ["Motswana", "Batswana"], capitals: ["Gaborone"] },
  {
    code: "CD",
    // Bare "Congo" reads as the larger Democratic Republic, as most news style does.
    names: [
      "Congo", "Democratic Republic of Congo", "Democratic Republic of the Congo", "DR Congo", "D.R. Congo",
      "DRC", "D.R.C.", "Congo-Kinshasa", "Zaire"
    ],
    adjectives: ["Congolese"],
    capitals: ["Kinshasa"]
  },
  { code: "CF", names: ["CAR"], capitals: ["Bangui"] },
  { code: "CG", names: ["Republic of Congo", "Republic of the Congo", "Congo-Brazzaville"], capitals: ["Brazzaville"] },
  { code: "CI", names: ["Cote d’Ivoire", "Côte d’Ivoire"], adjectives: ["Ivorian", "Ivoirian"], capitals: ["Yamoussoukro", "Abidjan"] },
  { code: "CM", adjectives: ["Cameroonian"], capitals: ["Yaoundé", "Yaounde"] },
  { code: "CV", names: ["Cabo Verde"], adjectives: ["Cape Verdean", "Cabo Verdean"], capitals: ["Praia"] },
  { code: "DJ", adjectives: ["Djiboutian"] },
  { code: "DZ", names: ["People's Democratic Republic of Algeria"], adjectives: ["Algerian"], capitals: ["Algiers"] },
  { code: "EG", names: ["Arab Republic of Egypt"], adjectives: ["Egyptian"], capitals: ["Cairo"] },
  { code: "EH", adjectives: ["Sahrawi", "Sahrawian"], capitals: ["Laayoune", "El Aaiún"] },
  { code: "ER", names: ["State of Eritrea"], adjectives: ["Eritrean"], capitals: ["Asmara"] },
  { code: "ET", names: ["Federal Democratic Republic of Ethiopia"], adjectives: ["Ethiopian"], capitals: ["Addis Ababa"] },
  { code: "GA", names: ["Gabonese Republic"], adjectives: ["Gabonese"], capitals: ["Libreville"] },
  { code: "GH", names: ["Republic of Ghana"], adjectives: ["Ghanaian"], capitals: ["Accra"] },
  { code: "GM", adjectives: ["Gambian"], capitals: ["Banjul"] },
  { code: "GN", names: ["Guinea-Conakry"], adjectives: ["Guinean"], capitals: ["Conakry"] },
  { code: "GQ", adjectives: ["Equatorial Guinean", "Equatoguinean"], capitals: ["Malabo"] },
  { code: "GW", adjectives: ["Bissau-Guinean"], capitals: ["Bissau"] },
  { code: "KE", names: ["Republic of Kenya"], adjectives: ["Kenyan"], capitals: ["Nairobi"] },
  { code: "KM", adjectives: ["Comorian", "Comoran"], capitals: ["Moroni"] },
  { code: "LR", adjectives: ["Liberian"], capitals: ["Monrovia"] },
  { code: "LS", adjectives: ["Basotho"], people: ["Mosotho", "Basotho"], capitals: ["Maseru"] },
  { code: "LY", names: ["State of Libya"], adjectives: ["Libyan"], capitals: ["Tripoli"] },
  { code: "MA", names: ["Kingdom of Morocco"], adjectives: ["Moroccan"], capitals: ["Rabat"] },
  { code: "MG", adjectives: ["Malagasy"], capitals: ["Antananarivo"] },
  { code: "ML", names: ["Republic of Mali"], adjectives: ["Malian"], capitals: ["Bamako"] },
  { code: "MR", adjectives: ["Mauritanian"], capitals: ["Nouakchott"] },
  { code: "MU", adjectives: ["Mauritian"], capitals: ["Port Louis"] },
  { code: "MW", adjectives: ["Malawian"], capitals: ["Lilongwe"] },
  { code: "MZ", adjectives: ["Mozambican"], capitals: ["Maputo"] },
  { code: "NA", adjectives: ["Namibian"], capitals: ["Windhoek"] },
  { code: "NE", names: ["Republic of Niger"], adjectives: ["Nigerien"], capitals: ["Niamey"] },
  { code: "NG", names: ["Federal Republic of Nigeria"], adjectives: ["Nigerian"], capitals: ["Abuja"] },
  { code: "RW", adjectives: ["Rwandan"], capitals: ["Kigali"] },
  { code: "SC", adjectives: ["Seychellois"] },
  { code: "SD", names: ["Republic of the Sudan", "Republic of Sudan"], adjectives: ["Sudanese"], capitals: ["Khartoum"] },
  { code: "SL", adjectives: ["Sierra Leonean"], capitals: ["Freetown"] },
  { code: "SN", adjectives: ["Senegalese"], capitals: ["Dakar"] },
  { code: "SO", names: ["Federal Republic of Somalia"], adjectives: ["Somali", "Somalian"], capitals: ["Mogadishu"] },
  { code: "SS", names: ["Republic of South Sudan"], adjectives: ["South Sudanese"], capitals: ["Juba"] },
  { code: "ST", names: ["São Tomé and Príncipe"], adjectives: ["Santomean"] },
  { code: "SZ", names: ["Swaziland"], adjectives: ["Swazi"], capitals: ["Mbabane", "Lobamba"] },
  { code: "TD", names: ["Republic of Chad"], adjectives: ["Chadian"], capitals: ["N'Djamena", "Ndjamena"] },
  { code: "TG", names: ["Togolese Republic"], adjectives: ["Togolese"], capitals: ["Lomé", "Lome"] },
  { code: "TN", names: ["Tunisian Republic"], adjectives: ["Tunisian"], capitals: ["Tunis"] },
  { code: "TZ", adjectives: ["Tanzanian"], capitals: ["Dodoma"] },
  { code: "UG", names: ["Republic of Uganda"], adjectives: ["Ugandan"], capitals: ["Kampala"] },
  { code: "ZA", names: ["Republic of South Africa"], adjectives: ["South African"], capitals: ["Pretoria"] },
  { code: "ZM", adjectives: ["Zambian"], capitals: ["Lusaka"] },
  { code: "ZW", adjectives: ["Zimbabwean"], capitals: ["Harare"] },

  // Americas
  { code: "AG", adjectives: ["Antiguan"] },
  { code: "AR", names: ["Argentine Republic"], adjectives: ["Argentine", "Argentinian"], capitals: ["Buenos Aires"] },
  { code: "BB", adjectives: ["Barbadian", "Bajan"], capitals: ["Bridgetown"] },
  { code: "BO", names: ["Plurinational State of Bolivia"], adjectives: ["Bolivian"], capitals: ["La Paz", "Sucre"] },
  { code: "BR", names: ["Federative Republic of Brazil"], adjectives: ["Brazilian"], capitals: ["Brasília", "Brasilia"] },
  { code: "BS", names: ["The Bahamas"], adjectives: ["Bahamian"], capitals: ["Nassau"] },
  { code: "BZ", adjectives: ["Belizean"], capitals: ["Belmopan"] },
  { code: "CA", adjectives: ["Canadian"], capitals: ["Ottawa"] },
  { code: "CL", names: ["Republic of Chile"], adjectives: ["Chilean"], capitals: ["Santiago"] },
  { code: "CO", names: ["Republic of Colombia"], adjectives: ["Colombian"], capitals: ["Bogotá", "Bogota"] },
  { code: "CR", adjectives: ["Costa Rican"], capitals: ["San José"] },
  { code: "CU", names: ["Republic of Cuba"], adjectives: ["Cuban"], capitals: ["Havana"] },
  { code: "DM", names: ["Commonwealth of Dominica"] },
  // "Dominican" far more often means the Dominican Republic than Dominica.
  { code: "DO", names: ["Dominican Republic"], adjectives: ["Dominican"], capitals: ["Santo Domingo"] },
  { code: "EC", adjectives: ["Ecuadorian", "Ecuadorean"], capitals: ["Quito"] },
  { code: "GD", adjectives: ["Grenadian"] },
  { code: "GT", adjectives: ["Guatemalan"], capitals: ["Guatemala City"] },
  { code: "GY", adjectives: ["Guyanese"], capitals: ["Georgetown"] },
  { code: "HN", adjectives: ["Honduran"], capitals: ["Tegucigalpa"] },
  { code: "HT", adjectives: ["Haitian"], capitals: ["Port-au-Prince"] },
  { code: "JM", adjectives: ["Jamaican"], capitals: ["Kingston"] },
  { code: "KN", names: ["St Kitts and Nevis", "St. Kitts and Nevis"], adjectives: ["Kittitian"], capitals: ["Basseterre"] },
  { code: "LC", names: ["St Lucia", "St. Lucia"], adjectives: ["Saint Lucian"], capitals: ["Castries"] },
  { code: "MX", names: ["United Mexican States"], adjectives: ["Mexican"], capitals: ["Mexico City"] },
  { code: "NI", adjectives: ["Nicaraguan"], capitals: ["Managua"] },
  { code: "PA", adjectives: ["Panamanian"], capitals: ["Panama City"] },
  { code: "PE", adjectives: ["Peruvian"], capitals: ["Lima"] },
  { code: "PR", adjectives: ["Puerto Rican"], capitals: ["San Juan"] },
  { code: "PY", adjectives: ["Paraguayan"], capitals: ["Asunción", "Asuncion"] },
  { code: "SR", adjectives: ["Surinamese"], capitals: ["Paramaribo"] },
  { code: "SV", adjectives: ["Salvadoran", "Salvadorean"], capitals: ["San Salvador"] },
  { code: "TT", adjectives: ["Trinidadian", "Tobagonian"], capitals: ["Port of Spain"] },
  {
    code: "US",
    names: ["America", "United States", "the States"],
    adjectives: ["American"],
    capitals: ["Washington", "Washington, D.C.", "White House"]
  },
  { code: "UY", adjectives: ["Uruguayan"], capitals: ["Montevideo"] },
  { code: "VC", names: ["St Vincent and the Grenadines", "St. Vincent and the Grenadines"], adjectives: ["Vincentian"], capitals: ["Kingstown"] },
  { code: "VE", names: ["Bolivarian Republic of Venezuela"], adjectives: ["Venezuelan"], capitals: ["Caracas"] },
  { code: "VG", names: ["British Virgin Islands"] },
  { code: "VI", names: ["US Virgin Islands", "U.S. Virgin Islands"] },
  { code: "FK", names: ["Falkland Islands", "Falklands"] },
  { code: "CC", names: ["Cocos Islands", "Keeling Islands"] },
  { code: "MF", names: ["Saint Martin", "St Martin"] },
  { code: "SX", names: ["Sint Maarten"] }
]

/**
 * Phrases that contain a country word but name no state ("Latin American", "New Jersey"); they
 * are matched like names and then dropped, so the word inside them is not read as a state.
 */
export const NON_STATE_PHRASES: ReadonlyArray<string> = [
  "Latin America", "Latin American", "South America", "South American", "North America",
  "North American", "Central America", "Central American", "Pan-American", "Native American",
  "African American", "Afro-American", "Indian Ocean", "American Samoan",
  "New Jersey", "New Mexico", "New Mexican", "New Guinea", "New England", "New South Wales",
  "Guinea pig", "Georgia Tech",
  "Irish Sea", "English Channel", "Black Sea", "Dutch courage",
  "Turkish delight", "French fries", "Swiss cheese",
  "Washington Post", "Washington Times",
  // the Court of Justice of the EU, not the Grand Duchy
  "Luxembourg court", "Luxembourg Court", "Luxembourg judges"
]

/**
 * English names from i18n-iso-countries that this module does not use as written: ambiguous
 * ("Congo", listed for both CG and CD) or an ordinary English word ("Reunion"; "Réunion" stays).
 */
export const SKIPPED_LIBRARY_NAMES: ReadonlyArray<string> = ["Congo", "Reunion"]
