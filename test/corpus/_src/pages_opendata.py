# Pages that name people and committees the build imports from the open datasets (../shared/opendata), so that
# `npm run eval` measures the imported entities' precision on something. Events are generic and invented; the
# officials appear only in posts the datasets give them. Build with: python3 build_opendata.py
PAGES = []

# ------------------------------------------------------------------ en-23
PAGES.append(dict(
    id='en-23', lang='en', site='Capitol Crypto Report',
    title='Farm and banking panels split the work on crypto market rules',
    date='2026-07-08', time='14:00', datestyle='meta', author='Dana Whitfield',
    nav=['Congress', 'Agencies', 'Markets', 'Podcasts', 'Newsletter'],
    traps=['scope'],
    h1='Farm and banking panels split the work on crypto market rules as {{surname-before-full-name|surname in the headline, before the full name|Boozman}} sets a date',
    body='''
    <p>The [[us-senate-agriculture-committee||Senate Agriculture Committee]] will take up its half of the crypto market-structure bill later this month, its chairman, [[john-boozman||John Boozman]] of Arkansas, told reporters on Tuesday. [[john-boozman|surname-before-full-name~surname after the full name|Boozman]] said the text would give the [[us-cftc||Commodity Futures Trading Commission]] new authority over spot markets in digital commodities.</p>
    <p>On the banking side, [[cynthia-m-lummis||Cynthia Lummis]], who chairs the [[us-senate-banking-subcommittee-digital-assets||Senate Banking Subcommittee on Digital Assets]], said her panel had finished its hearings; the [[us-senate-banking-subcommittee-digital-assets|~short name with Senate context|Subcommittee on Digital Assets]] met twice in June. [[cynthia-m-lummis||Lummis]] and [[tim-scott||Tim Scott]], chairman of the [[us-senate-banking-committee||Senate Banking Committee]], want both texts merged before the August recess.</p>
    <p>[[jim-banks||Jim Banks]], a Republican member of the banking committee, backed the timetable. {{common-word|common word at the start of a sentence, after the full name|Banks}} have lobbied for months for a clearer path to custody, and several trade groups sent letters this week.</p>
    <p>In the House, the [[us-house-agriculture-committee||House Agriculture Committee]] approved its version last year. Members of the [[us-house-financial-services-committee||House Financial Services Committee]] are watching the Senate talks; [[maxine-waters||Maxine Waters]] said she still had concerns about consumer protection.</p>
    <p>Staff on both sides said the draft keeps the [[us-sec|~context: CFTC, US|Securities and Exchange Commission]] in charge of token offerings. A hearing of the {{common-word|generic phrase, not an entity|green energy caucus}} on mining is also planned.</p>
''',
    related=['Lummis on the digital assets subcommittee', 'What the CFTC would gain', 'House Agriculture Committee vote recap'],
    comments=[('farmstead', 'Boozman is going to take his time.'), ('bullrun', 'Lummis has been saying this for years.')],
    footer='<p>Capitol Crypto Report, Washington. Not affiliated with the US Senate.</p>',
))

# ------------------------------------------------------------------ ru-08
PAGES.append(dict(
    id='ru-08', lang='ru', site='Финансовый вестник',
    title='Госдума вернется к законопроекту о майнинге осенью',
    date='2026-07-02', time='09:00', datestyle='time', author='Ирина Белова',
    nav=['Главная', 'Финансы', 'Госдума', 'Рынки', 'Мнения'],
    traps=['scope'],
    h1='[[ru-state-duma||Госдума]] вернется к законопроекту о майнинге осенью',
    body='''
    <p>Председатель [[ru-state-duma|cyrillic-inflection|Государственной думы]] [[vyacheslav-volodin||Вячеслав Володин]] заявил, что законопроект о майнинге будет рассмотрен в осеннюю сессию. По словам [[vyacheslav-volodin|cyrillic-inflection~фамилия после полного имени|Володина]], депутаты ждут отзыва правительства.</p>
    <p>Глава [[ru-bank-of-russia||Банка России]] [[elvira-nabiullina||Эльвира Набиуллина]] ранее говорила, что регулятор не поддерживает использование криптовалют во внутренних расчетах.</p>
    <p>Бывший президент [[dmitry-medvedev||Dmitry Medvedev]] в англоязычном интервью назвал тему «технической». Эксперты отмечают, что {{surname-before-full-name|фамилия без полного имени|Мишустин}} пока не высказывался.</p>
''',
    related=['Володин о сроках', 'Банк России и майнинг', 'Что известно о законопроекте'],
    comments=[('ivan', 'Володин всегда обещает осенью.'), ('maria', 'Набиуллина против, как обычно.')],
    footer='<p>Финансовый вестник, Москва.</p>',
))

# ------------------------------------------------------------------ ja-07
PAGES.append(dict(
    id='ja-07', lang='ja', site='国会マネー通信',
    title='参院財政金融委、暗号資産の法改正案を審議入り',
    date='2026-08-03', time='02:00', datestyle='meta', author='中村涼子',
    nav=['ホーム', '国会', '金融庁', '税制', 'コラム'],
    traps=['scope'],
    h1='参院財政金融委、暗号資産の法改正案を審議入り',
    body='''
    <p>参議院の財政金融委員会は3日、暗号資産を金融商品取引法の対象とする法改正案の審議を始めた。委員長の[[jp-hc-shuji-miyamoto|japanese-nospace|宮本周司]]氏は、利用者保護の論点を集中的に議論すると述べた。</p>
    <p>質疑では[[jp-hc-yoichi-miyazawa|japanese-nospace|宮沢洋一]]議員が、税制との整合性について[[jp-fsa|japanese-nospace|金融庁]]にただした。[[jp-hc-yoichi-miyazawa|japanese-nospace~フルネームの後の姓のみ|宮沢]]氏は分離課税の導入時期を明確にするよう求めた。</p>
    <p>法案はすでに衆議院を通過しており、[[jp-national-diet|japanese-nospace|国会]]の会期末までの成立が見込まれる。</p>
''',
    related=['財政金融委員会の日程', '金融庁の説明資料', '暗号資産税制の行方'],
    comments=[('kabu', '宮沢さんの質問は鋭い。'), ('ゆき', '金融庁は慎重だね。')],
    footer='<p>国会マネー通信（東京）</p>',
))
