PAGES = []

# ------------------------------------------------------------------ en-12
PAGES.append(dict(
    id='en-12', lang='en', site='Frankfurt Compliance Letter',
    title='Szego sets out AMLA’s first crypto priorities',
    date='2025-09-15', time='10:15', datestyle='jsonld', author='Matthias Kern',
    nav=['EU', 'AMLA', 'ECB', 'Banks', 'Crypto', 'Events'],
    traps=['scope'],
    h1='{{surname-before-full-name|headline, before the full name|Szego}} sets out [[eu-amla|possessive~typographic apostrophe|AMLA]]’s first crypto priorities',
    body='''
    <p>[[bruna-szego||Bruna Szego]], who chairs the EU’s new [[eu-amla||Anti-Money Laundering Authority]] in Frankfurt, told a compliance conference on Monday that crypto-asset service providers would be among the first firms her staff look at closely.</p>
    <p>[[bruna-szego||Szego]] said the authority would begin by assessing which firms operate in many member states, since those are the candidates for direct supervision from 2028.</p>
    <p>The authority’s powers come from the [[eu-amlar||AMLA Regulation]], while the rules firms must follow sit in the [[eu-amlr||AMLR]], the single rulebook that replaces national laws, and in the [[eu-amld6||6AMLD]], which covers national supervisors and financial intelligence units.</p>
    <p>Crypto firms already apply the [[eu-tfr||Transfer of Funds Regulation]], and licensing under [[eu-mica||MiCA]] has been running since the end of last year. Speakers said the [[eu-amla|hyphen-slash|AMLA]]/[[eu-esma|hyphen-slash|ESMA]] split of tasks still needs clarifying.</p>
    <p>Across town, [[christine-lagarde|typography~non-breaking space inside the name|Christine&nbsp;Lagarde]], President of the [[eu-ecb||European Central Bank]], has continued to press for the [[eu-digital-euro||digital euro]]. [[christine-lagarde||Lagarde]] argues that Europe needs a public alternative to private stablecoins, many of them issued in dollars.</p>
    <p>Financial services commissioner [[maria-luis-albuquerque|diacritics|Maria Luís Albuquerque]] sent a video message. [[maria-luis-albuquerque||Albuquerque]] said Brussels would not reopen the rulebook. One panellist, a compliance officer who had flown in from {{common-word|US city, not the commissioner|Albuquerque}}, New Mexico, joked that his firm was already drowning in European acronyms.</p>
    <p>The [[eu-ecb||ECB]] and the new authority signed a cooperation agreement earlier this year.</p>
''',
    related=['Bruna Szego: who is AMLA’s first chair?',
             'Lagarde’s digital euro faces a sceptical Parliament',
             'MiCA licences: the first year in numbers'],
    comments=[('kyc_kate', 'AMLA will need years to hire enough people. Szego knows it.'),
              ('Jörg', 'Albuquerque will not reopen anything, good.')],
    footer='<p>Frankfurt Compliance Letter. © 2025. Not affiliated with AMLA or the ECB.</p>',
))

# ------------------------------------------------------------------ en-13
PAGES.append(dict(
    id='en-13', lang='en', site='Bosphorus Business Wire',
    title='Kavcioglu defends Turkey’s crypto payments ban',
    date='2021-04-17', time='11:00', datestyle='meta', author='Selin Aydın',
    nav=['Turkey', 'Lira', 'Central bank', 'Markets', 'Crypto'],
    traps=['scope'],
    h1='{{surname-before-full-name|headline, before the full name; ASCII spelling|Kavcioglu}} defends [[tr-crypto-payments-regulation-2021|typography~alias has a straight apostrophe; page uses ’|Turkey’s crypto payments ban]]',
    body='''
    <p>The [[tr-tcmb||Central Bank of the Republic of Turkey]] on Friday barred the use of crypto-assets to pay for goods and services, saying they are too volatile and offer buyers no recourse if something goes wrong.</p>
    <p>Governor [[sahap-kavcioglu|diacritics~dated-role: governor until June 2023|Şahap Kavcıoğlu]], appointed last month, said the rule was meant to protect consumers and was not a ban on owning crypto. [[sahap-kavcioglu|diacritics~ASCII spelling after the full name|Kavcioglu]] said the bank would keep studying a digital lira.</p>
    <p>The rule takes effect on April 30. Payment companies will no longer be able to route money to or from crypto exchanges.</p>
    <p>President [[recep-tayyip-erdogan|diacritics|Recep Tayyip Erdoğan]] has urged Turks to keep savings in lira. [[recep-tayyip-erdogan|diacritics~ASCII spelling|Erdogan]] made a similar appeal last month.</p>
    <p>The [[tr-tcmb||CBRT]] decision was coordinated with the [[tr-masak||MASAK]] financial crimes unit, which will add crypto platforms to the list of firms that must report suspicious transactions. The [[tr-spk||Capital Markets Board]] has not yet proposed rules for exchanges.</p>
    <blockquote>
      <p>“People will keep trading. They just cannot buy a sandwich with it,” said Emre Doğan, a trader in Istanbul.</p>
    </blockquote>
    <p>Analysts said {{ambiguous-acronym|generic descriptor, no alias|the central bank}} had moved quickly after two local exchanges ran into trouble this month.</p>
''',
    related=['Kavcıoğlu’s first month at the helm',
             'Erdogan: keep your savings in lira',
             'What MASAK’s new rule means for exchanges'],
    comments=[('istanbul_hodl', 'Kavcioglu says it is not a ban. It is a ban.'),
              ('Deniz', 'Erdoğan and the CBRT are on the same page for once.')],
    footer='<p>Bosphorus Business Wire, Istanbul. © 2021</p>',
))

# ------------------------------------------------------------------ en-14
PAGES.append(dict(
    id='en-14', lang='en', site='Bosphorus Business Wire',
    title='Turkey exits FATF grey list as parliament passes crypto law',
    date='2024-06-28', time='16:00', datestyle='meta', author='Selin Aydın',
    nav=['Turkey', 'Lira', 'FATF', 'Markets', 'Crypto'],
    traps=['scope'],
    h1='Turkey exits [[int-fatf||FATF]] [[int-fatf-grey-list||grey list]] as parliament passes crypto law',
    body='''
    <p>The [[int-fatf||Financial Action Task Force]] on Friday removed Türkiye from its list of [[int-fatf-grey-list||Jurisdictions under Increased Monitoring]], ending nearly three years of extra scrutiny.</p>
    <p>Finance Minister [[mehmet-simsek||Mehmet Şimşek]] said the decision would lower funding costs for Turkish banks. Local columnists have called the past year “[[mehmet-simsek|typography~typographic quotes and apostrophe|Şimşek]]’s reset”; [[mehmet-simsek|diacritics~ASCII spelling after the full name|Simsek]] himself prefers to speak of a return to orthodox policy.</p>
    <p>Days earlier, parliament passed [[tr-law-7518||Law No. 7518]], which gives the [[tr-spk||Capital Markets Board]] authority to license crypto platforms. The [[tr-spk||CMB]] is expected to publish detailed rules within months.</p>
    <p>The [[tr-ministry-treasury-finance||Treasury and Finance Ministry]] drafted much of the law with {{ambiguous-acronym|generic descriptor, no alias|the central bank}}. Central bank Governor [[fatih-karahan||Fatih Karahan]] said price stability remained the priority. [[fatih-karahan||Karahan]] replaced [[hafize-gaye-erkan||Hafize Gaye Erkan]] in February.</p>
    <p>[[tr-masak||MASAK]], the [[tr-masak||Financial Crimes Investigation Board]], will oversee anti-money-laundering compliance at licensed platforms.</p>
    <ul>
      <li>Platforms already operating must apply for a licence.</li>
      <li>Foreign exchanges may not actively market to Turkish residents.</li>
      <li>Penalties include prison terms for unlicensed activity.</li>
    </ul>
    <p>Officials said the exit from the [[int-fatf||FATF]] list and the new law were unrelated, though both had been on the agenda for years.</p>
''',
    related=['Mehmet Şimşek’s first year',
             'What Law 7518 means for exchanges',
             'Fatih Karahan holds rates'],
    comments=[('lira_watch', 'Simsek deserves credit for the FATF exit.'),
              ('Ayşe', 'The SPK will be overwhelmed with applications.')],
    footer='<p>Bosphorus Business Wire, Istanbul. © 2024</p>',
))

# ------------------------------------------------------------------ en-15
PAGES.append(dict(
    id='en-15', lang='en', site='Eurasia Money Monitor',
    title='Bank of Russia sets a date for the digital ruble',
    date='2024-07-10', time='13:25', datestyle='time', author='Irina Volkova',
    nav=['Russia', 'Central banks', 'Digital ruble', 'Sanctions', 'Data'],
    traps=['scope'],
    h1='[[ru-bank-of-russia||Bank of Russia]] sets a date for the [[ru-digital-ruble||digital ruble]]',
    body='''
    <p><a href="/people/nabiullina">[[elvira-nabiullina|split-tags|Elvira</a> <em>Nabiullina</em>]], governor of [[ru-bank-of-russia||Russia's central bank]], said on Wednesday that the largest banks would have to offer the digital currency to clients from next year.</p>
    <p>[[elvira-nabiullina|possessive|Nabiullina]]'s deputies have spent two years testing the platform with a small group of banks and shops. The [[ru-bank-of-russia||CBR]] says transfers will be free for individuals.</p>
    <p>[[elvira-nabiullina|typography~soft hyphen inside the name|Nabi&shy;ullina]] has also warned that crypto-assets should not be used for domestic payments. Her bank has, however, accepted an [[ru-crypto-cross-border-law||experimental legal regime]] that lets some exporters and importers settle in crypto abroad.</p>
    <p>Finance Minister [[anton-siluanov||Anton Siluanov]] backs that regime. The [[ru-ministry-of-finance||Russian Finance Ministry]] has argued that sanctions leave firms few other options; [[anton-siluanov||Siluanov]] said in June that such payments were already taking place.</p>
    <p>In parliament, [[anatoly-aksakov||Anatoly Aksakov]], who heads the [[ru-duma-financial-market-committee||State Duma Committee on the Financial Market]], said the [[ru-state-duma||Duma]] would pass the remaining bills before the autumn. [[anatoly-aksakov||Aksakov]] has often predicted faster timetables than the bank.</p>
    <p>The [[ru-digital-ruble||digital rouble]] will sit alongside cash and card payments, including the {{common-word|Russian card network, not an entity|Mir}} system.</p>
''',
    related=['Nabiullina on inflation and the digital ruble',
             'Aksakov: crypto payments bill ready by autumn',
             'Mir cards after the sanctions'],
    comments=[('rublewatch', 'Nabiullina has always been cautious. Siluanov less so.'),
              ('petr', 'The Bank of Russia will make it mandatory sooner or later.')],
    footer='<p>Eurasia Money Monitor. © 2024</p>',
))

# ------------------------------------------------------------------ en-16
PAGES.append(dict(
    id='en-16', lang='en', site='Harbour Finance Daily',
    title='Hong Kong stablecoin law takes effect as HKMA opens licensing window',
    date='2025-08-01', time='02:30', datestyle='jsonld', author='Grace Wong',
    nav=['Hong Kong', 'China', 'HKMA', 'SFC', 'Markets'],
    traps=['scope'],
    h1='[[hk-stablecoins-ordinance||Hong Kong stablecoin law]] takes effect as [[hk-hkma||HKMA]] opens licensing window',
    body='''
    <p>Hong Kong’s [[hk-stablecoins-ordinance||Stablecoins Ordinance]] came into force on Friday, making it an offence to issue a fiat-referenced stablecoin in the city without a licence.</p>
    <p>The law, listed as [[hk-stablecoins-ordinance||Cap. 656]], is supervised by the [[hk-hkma||Hong Kong Monetary Authority]]. Its chief executive, [[eddie-yue|typography~non-breaking space inside the name|Eddie&nbsp;Yue]], said only a handful of licences would be granted at first. [[eddie-yue||Yue]] warned the public to be wary of unlicensed tokens.</p>
    <p>Trading platforms remain under the [[hk-sfc||Securities and Futures Commission]]. Its chief executive, “[[julia-leung|typography~typographic quotes|Julia Leung]]”, as one panel moderator introduced her, said the [[hk-vatp-regime||VATP regime]] had licensed a dozen exchanges. [[julia-leung||Leung]] said the [[hk-sfc||SFC]] would allow licensed platforms to list licensed stablecoins.</p>
    <p>On the mainland, the [[cn-pboc||People’s Bank of China]] keeps its distance. Governor [[pan-gongsheng||Pan Gongsheng]] has spoken about the risks of stablecoins for capital controls. [[pan-gongsheng||Pan]] has promoted the [[cn-e-cny||e-CNY]] instead, and several {{common-word|ordinary prefix, not the governor|pan}}-Asian payment projects are testing it.</p>
    <p>[[cn-2021-crypto-ban||China's crypto ban]], in place since 2021, still forbids trading on the mainland.</p>
    <p>Bankers in the city said the first licences could go to large banks and a few technology groups.</p>
''',
    related=['Eddie Yue on stablecoin licences',
             'Julia Leung: the SFC’s next steps',
             'Pan Gongsheng and the digital yuan'],
    comments=[('hk_trader', 'The HKMA will approve maybe two. The SFC is moving faster.'),
              ('W.', 'PBOC will never allow this on the mainland.')],
    footer='<p>Harbour Finance Daily, Hong Kong. © 2025</p>',
))

# ------------------------------------------------------------------ en-17
PAGES.append(dict(
    id='en-17', lang='en', site='Straits Fintech Review',
    title='MAS tightens rules for retail crypto trading',
    date='2024-04-04', time='04:00', datestyle='meta', author='Daniel Koh',
    nav=['Singapore', 'MAS', 'Banking', 'Crypto', 'Events'],
    traps=['scope'],
    h1='[[sg-mas||MAS]] tightens rules for retail crypto trading',
    body='''
    <p>The [[sg-mas||Monetary Authority of Singapore]] has told licensed crypto firms to stop offering incentives to retail customers and to test whether new clients understand the risks before they trade.</p>
    <p>Managing Director [[chia-der-jiun||Chia Der Jiun]], who took over in January, said the city would keep welcoming serious firms. [[chia-der-jiun|common-word|Chia]] spoke at a fintech event where the catering, visitors noted, ran heavily to {{common-word|food, not the official|chia}} pudding and cold brew.</p>
    <p>The measures are made under the [[sg-payment-services-act||Payment Services Act]], which has required crypto firms to be licensed since 2020. Firms that serve only overseas customers fall under the [[sg-fsma||Financial Services and Markets Act]], whose [[sg-fsma||DTSP regime]] took effect last year.</p>
    <p>His predecessor, [[ravi-menon||Ravi Menon]], had long argued that Singapore should welcome blockchain projects while discouraging speculation. [[ravi-menon||Menon]] retired at the end of last year.</p>
    <p>[[sg-mas||Singapore's central bank]] also runs tokenisation pilots with large banks, which it sees as the more useful side of the technology.</p>
    <blockquote>
      <p>“Singapore wants the builders, not the gamblers,” said Wei Ling Tan, a consultant who advises exchanges.</p>
    </blockquote>
''',
    related=['Chia Der Jiun’s first speech as MAS chief',
             'Ravi Menon looks back',
             'What the DTSP regime means for offshore firms'],
    comments=[('sg_dev', 'MAS is right. Chia has been consistent.'),
              ('Nora', 'Menon would have said the same.')],
    footer='<p>Straits Fintech Review, Singapore. © 2024</p>',
))

# ------------------------------------------------------------------ en-18
PAGES.append(dict(
    id='en-18', lang='en', site='Han River Markets',
    title='Korea’s crypto user protection law takes effect',
    date='2024-07-19', time='00:30', datestyle='time', author='Min-ji Park',
    nav=['Korea', 'FSC', 'Bank of Korea', 'Crypto', 'Markets'],
    traps=['scope'],
    h1='Korea’s crypto user protection law takes effect',
    body='''
    <p>South Korea’s [[kr-virtual-asset-user-protection-act||Virtual Asset User Protection Act]] came into force on Friday, requiring exchanges to keep customer deposits at banks and to hold most customer coins in cold storage.</p>
    <p>The [[kr-fsc||Financial Services Commission]] said the law would also let authorities punish market manipulation. The [[kr-fsc||FSC]] has set up a team to monitor unusual trading.</p>
    <p>The [[kr-fss||Financial Supervisory Service]] will carry out inspections. Governor [[lee-bok-hyun|dated-role~FSS governor until June 2025|Lee Bok-hyun]] said the [[kr-fss||FSS]] would focus first on the largest exchanges.</p>
    <p>Anti-money-laundering duties remain under the [[kr-specified-financial-information-act||Special Financial Transactions Act]], which already requires exchanges to register and to use real-name bank accounts.</p>
    <p>The [[kr-bok||Bank of Korea]] has voiced concern about stablecoins issued outside the banking system. Governor [[rhee-chang-yong||Rhee Chang-yong]] said in May that the [[kr-bok||BOK]] was studying how they could affect monetary policy. [[rhee-chang-yong||Rhee]] has called for a second law covering issuers.</p>
    <ul>
      <li>Exchanges must insure against hacking losses.</li>
      <li>Unfair trading can lead to prison terms.</li>
      <li>Customer deposits must earn interest paid by the banks.</li>
    </ul>
''',
    related=['Lee Bok-hyun: exchanges are on notice',
             'Rhee Chang-yong on won stablecoins',
             'The FSC’s second-phase crypto law'],
    comments=[('kimchi_premium', 'The FSC should have done this five years ago.'),
              ('J. Kang', 'Rhee is right about stablecoins.')],
    footer='<p>Han River Markets, Seoul. © 2024</p>',
))

# ------------------------------------------------------------------ en-19
PAGES.append(dict(
    id='en-19', lang='en', site='Subcontinent Finance Today',
    title='G20 leaders endorse IMF-FSB Synthesis Paper on crypto',
    date='2023-09-10', time='12:45', datestyle='meta', author='Arjun Mehta',
    nav=['India', 'G20', 'RBI', 'Sebi', 'Markets'],
    traps=['scope'],
    h1='[[int-g20||G20]] leaders endorse [[int-g20-crypto-roadmap|hyphen-slash|IMF-FSB Synthesis Paper]] on crypto',
    body='''
    <p>Leaders of the [[int-g20||Group of Twenty]] meeting in New Delhi welcomed the [[int-g20-crypto-roadmap|hyphen-slash|IMF-FSB Synthesis Paper]], which sets out how countries should approach crypto-assets, and asked for a roadmap to put it into practice.</p>
    <p>India, which holds the presidency this year, had pushed for a common approach. The [[int-imf||International Monetary Fund]] and the [[int-fsb||Financial Stability Board]] prepared the paper together, drawing on earlier work by both bodies.</p>
    <p>At home, the [[in-rbi||Reserve Bank of India]] remains sceptical. Governor [[shaktikanta-das|dated-role~RBI governor until December 2024|Shaktikanta Das]] has repeatedly described private cryptocurrencies as a risk to financial stability. [[shaktikanta-das||Das]] prefers the bank’s own digital rupee pilot.</p>
    <p>The market regulator [[in-sebi||Sebi]], led by [[madhabi-puri-buch|dated-role~Sebi chairperson until February 2025|Madhabi Puri Buch]], has not been given a formal role over crypto. [[madhabi-puri-buch||Buch]] has said the question is for the government.</p>
    <p>Investors meanwhile face the [[in-vda-tax||30% crypto tax]] on gains and a [[in-vda-tax||1% TDS]] on transfers, under [[in-vda-tax||Section 194S]] of the income tax law.</p>
    <p>Offshore exchanges were told this year to register with [[in-fiu-ind|hyphen-slash|FIU-IND]], and the [[in-ed||Enforcement Directorate]] has frozen funds at several platforms. The agency says some were used to launder the proceeds of loan-app fraud.</p>
    <p>Officials said the roadmap would be ready before the end of the presidency; {{ambiguous-acronym|generic descriptor, no alias|the central bank}} has not commented on it.</p>
''',
    related=['Shaktikanta Das: crypto has no underlying value',
             'Sebi’s Madhabi Puri Buch on retail speculation',
             'FIU-IND blocks offshore exchanges'],
    comments=[('delhi_dev', 'The RBI will never accept crypto while Das is governor.'),
              ('Meera', 'The 30% tax killed Indian exchanges.')],
    footer='<p>Subcontinent Finance Today, Mumbai. © 2023</p>',
))

# ------------------------------------------------------------------ en-20
PAGES.append(dict(
    id='en-20', lang='en', site='Central America Markets',
    title='Salvadoran lawmakers amend Bitcoin Law to meet IMF terms',
    date='2025-01-30', time='22:10', datestyle='time', author='Carlos Menjívar',
    nav=['El Salvador', 'Bitcoin', 'IMF', 'Central America', 'Opinion'],
    traps=['scope'],
    h1='Salvadoran lawmakers amend [[sv-bitcoin-law||Bitcoin Law]] to meet [[int-imf||IMF]] terms',
    body='''
    <p>El Salvador’s [[sv-asamblea-legislativa||Legislative Assembly]] voted on Wednesday to amend the [[sv-bitcoin-law||Bitcoin Law]], making it voluntary for businesses to accept bitcoin, one of the conditions of a loan agreed with the [[int-imf||International Monetary Fund]] in December.</p>
    <p>President [[nayib-bukele||Nayib Bukele]], who pushed the original law through in 2021, has said the government will keep buying bitcoin. [[nayib-bukele||Bukele]] posted a chart of the country’s holdings hours after the vote.</p>
    <p>The [[sv-bitcoin-law-amendment-2025||Bitcoin Law amendment]] also removes bitcoin’s status as a currency in which taxes can be paid.</p>
    <p>[[int-imf||IMF]] Managing Director [[kristalina-georgieva||Kristalina Georgieva]] has said the fund’s concerns were about financial stability and consumer protection. [[kristalina-georgieva||Georgieva]] welcomed the vote in a statement.</p>
    <p>The [[sv-onbtc||National Bitcoin Office]], led by [[stacy-herbert||Stacy Herbert]], said its projects would continue. [[stacy-herbert||Herbert]] told a podcast that the state’s purchases are funded separately from the loan.</p>
    <p>The [[sv-bcr||Central Reserve Bank]] will publish new rules for banks that hold bitcoin, while {{ambiguous-acronym|generic descriptor, no alias|the central bank}}’s deposit data show little use of the Chivo wallet.</p>
    <blockquote>
      <p>“The law was always more symbol than system,” said Raquel Orellana, an economist in San Salvador.</p>
    </blockquote>
''',
    related=['Bukele keeps buying bitcoin',
             'Georgieva on El Salvador’s programme',
             'Stacy Herbert and the National Bitcoin Office'],
    comments=[('sv_hodler', 'Bukele gave the IMF what it wanted on paper.'),
              ('Luis', 'The Bitcoin Law was never used anyway.')],
    footer='<p>Central America Markets. © 2025</p>',
))

# ------------------------------------------------------------------ en-21
PAGES.append(dict(
    id='en-21', lang='en', site='AML Intelligence Brief',
    title='FATF presses laggards on the Travel Rule',
    date='2023-06-27', time='09:00', datestyle='meta', author='Sophie Laurent',
    nav=['FATF', 'Sanctions', 'AML', 'Crypto', 'Podcasts'],
    traps=['scope'],
    h1='[[int-fatf||FATF]] presses laggards on the [[int-fatf-travel-rule||Travel Rule]]',
    body='''
    <p>The [[int-fatf||Financial Action Task Force]] said on Tuesday that most countries have still not fully implemented its standard on virtual assets, [[int-fatf-r15||Recommendation 15]], more than four years after it was extended to crypto exchanges.</p>
    <p>President [[t-raja-kumar|dated-role~FATF president until June 2024|T. Raja Kumar]] of Singapore said the gaps let criminals and sanctioned states move money through the weakest jurisdictions. [[t-raja-kumar||Raja Kumar]] urged members to act before the next review.</p>
    <p>The [[int-fatf|possessive~typographic apostrophe|FATF]]’s update singles out the [[int-fatf-travel-rule||Recommendation 16]] requirement that exchanges pass on sender and recipient details, known in the industry as the [[int-fatf-travel-rule||Travel Rule]]. Only about a third of countries surveyed have passed laws on it.</p>
    <p>Executive Secretary [[violaine-clerc||Violaine Clerc]] said the body would publish a list of countries with material crypto activity so that pressure could be focused there.</p>
    <p>The review does not change the [[int-fatf-grey-list||grey list]] or the [[int-fatf-black-list||black list]] directly, but officials said weak implementation of [[int-fatf-r15||R.15]] would count against countries in future evaluations.</p>
    <p>National units that share financial intelligence through the [[int-egmont-group||Egmont Group]] have asked for better data from exchanges. The [[int-unodc||UNODC]] runs training for investigators in several regions.</p>
    <p>The push began under [[t-raja-kumar||Raja Kumar]]’s predecessor, [[marcus-pleyer||Marcus Pleyer]] of Germany, who made [[int-fatf|hyphen-slash|FATF]]-style licensing of exchanges a priority.</p>
''',
    related=['Travel Rule: the state of play',
             'T. Raja Kumar on the FATF’s priorities',
             'Marcus Pleyer looks back on his presidency'],
    comments=[('compliance_bob', 'The FATF says this every year.'),
              ('Ines', 'Violaine Clerc’s list will be interesting.')],
    footer='<p>AML Intelligence Brief, Paris. © 2023</p>',
))

# ------------------------------------------------------------------ en-22
PAGES.append(dict(
    id='en-22', lang='en', site='RegTech Engineering Notes',
    title='What the BIS Innovation Hub’s projects mean for compliance engineers',
    date='2024-05-14', time='07:00', datestyle='time', author='Nadia Okafor',
    nav=['Engineering', 'BIS', 'OECD', 'Tools', 'Newsletter'],
    traps=['scope'],
    h1='What the [[int-bis-innovation-hub|possessive~typographic apostrophe|BIS Innovation Hub]]’s projects mean for compliance engineers',
    body='''
    <p>The [[int-bis||Bank for International Settlements]] has spent several years building prototypes with central banks, and its General Manager, [[agustin-carstens|dated-role~BIS General Manager until June 2025|Agustín Carstens]], now talks about a “unified ledger” for tokenised money. [[agustin-carstens||Carstens]] repeated the idea in a speech this spring.</p>
    <p>[[cecilia-skingsley||Cecilia Skingsley]], who heads the hub, has said most projects are meant to test ideas rather than ship products.</p>
    <p>For engineers who tag regulators in filings, the lesson is that names show up everywhere — including places a tagger should ignore. A typical configuration looks like this:</p>
    <pre>watchlist = ["{{form-code|inside pre|Agustín Carstens}}", "{{form-code|inside pre|OECD}}", "{{form-code|inside pre|Basel Committee}}"]
match(text, watchlist, fold_diacritics=True)</pre>
    <p>Call <code>lookup("{{form-code|inside code|Mathias Cormann}}")</code> and you get a profile record, not a highlight.</p>
    <p>Tax reporting is the other big project. The [[int-oecd||OECD]], led by Secretary-General [[mathias-cormann||Mathias Cormann]], agreed the [[int-oecd-carf||Crypto-Asset Reporting Framework]], and the EU has written [[int-oecd-carf||CARF]] into law through [[eu-dac8||DAC8]].</p>
    <form class="newsletter-demo">
      <label>Search a name <input type="text" name="q" value="{{form-code|inside input value|Pablo Hernández de Cos}}"></label>
      <label>Your notes <textarea name="notes">{{form-code|inside textarea|Klaas Knot}} and the {{form-code|inside textarea|FSB}} timeline</textarea></label>
    </form>
    <div class="draft" contenteditable="true">Draft question for {{form-code|inside contenteditable|Cecilia Skingsley}}: which prototypes will go live?</div>
    <p>Bank rules come from the [[int-bcbs||Basel Committee]], chaired by [[pablo-hernandez-de-cos|dated-role~Basel Committee chair until June 2024|Pablo Hernández de Cos]]. Its [[int-bcbs-cryptoasset-standard||SCO60]] chapter sets capital charges for crypto held by banks.</p>
''',
    related=['Agustín Carstens and the unified ledger',
             'CARF and DAC8: a developer’s checklist',
             'Cecilia Skingsley on the BIS Innovation Hub'],
    comments=[('regex_ninja', 'My tagger highlighted OECD inside a code block once. Never again.'),
              ('Pat', 'Carstens retires next year I think.')],
    footer='<p>RegTech Engineering Notes. © 2024. Not affiliated with the BIS or the OECD.</p>',
))
