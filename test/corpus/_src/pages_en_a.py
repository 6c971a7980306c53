PAGES = []

# ------------------------------------------------------------------ en-01
PAGES.append(dict(
    id='en-01', lang='en', site='Meridian Policy Review',
    title='Stock urges police chiefs to stock up on crypto skills | Meridian Policy Review',
    date='2022-10-20', time='07:45', datestyle='meta', author='Hanna Lindqvist',
    nav=['Home', 'Markets', 'Policy', 'Interpol', 'Europol', 'Asia', 'Opinion'],
    traps=['scope'],
    h1='{{surname-before-full-name|headline, before the full name|Stock}} urges police chiefs to {{common-word|ordinary phrasal verb|stock up}} on crypto skills',
    body='''
    <p>The head of [[int-interpol|possessive~typographic apostrophe|Interpol]]’s general secretariat told delegates at the annual [[int-interpol-general-assembly||Interpol General Assembly]] this week that police forces can no longer treat virtual assets as a specialist niche.</p>
    <p>[[jurgen-stock|dated-role~Secretary General until November 2024|Jürgen Stock]], who has run the organisation’s secretariat since 2014, said criminal groups were moving proceeds through exchanges and mixing services faster than many agencies could send a formal request for information.</p>
    <p>[[jurgen-stock|common-word|Stock]] asked member countries to share blockchain-analysis skills and to train more officers in tracing. The appeal came on a day when delegates were also briefed on how falling crypto prices had spilled over into the {{common-word|ordinary noun|stock market}}, a reminder that fraud victims are often retail investors.</p>
    <figure>
      <img src="/img/assembly-hall.jpg" alt="Delegates in a conference hall">
      <figcaption>Secretary General [[jurgen-stock|diacritics~ASCII transliteration|Juergen Stock]] addresses the assembly. (Photo: Meridian Policy Review)</figcaption>
    </figure>
    <p>The assembly was chaired by [[ahmed-naser-al-raisi||Ahmed Naser Al-Raisi]], the organisation’s President. [[ahmed-naser-al-raisi||Al-Raisi]] opened the session with a short statement on cybercrime cooperation.</p>
    <blockquote>
      <p>“We keep seeing the same wallets turn up in cases on three continents,” said one investigator from a South Asian police unit, who asked not to be named. “Nobody has enough people to follow them all.”</p>
    </blockquote>
    <p>Officials from [[eu-europol||Europol]] attended as observers. The agency, headed by [[catherine-de-bolle||Catherine De Bolle]], has its own cybercrime centre and regularly joins operations coordinated from Lyon.</p>
    <p>Several speakers referred to the standards of the [[int-fatf||Financial Action Task Force]], saying that [[int-fatf|hyphen-slash|FATF]]-style rules for exchanges only help investigators if every country applies them. Small agencies, one delegate said, cannot afford to {{common-word|ordinary noun|stock}} their labs with expensive tracing software.</p>
    <p>[[jurgen-stock||Stock]] closed his remarks by asking governments to treat training as an investment rather than a cost.</p>
''',
    related=['Jürgen Stock: the policeman who wants more crypto tracers',
             'Europol and Interpol run joint operation against investment fraud',
             'FATF reviews how exchanges apply the travel rule'],
    comments=[('mk_ledger', 'Stock is right that training is the bottleneck. Jurgen Stock said the same thing two years ago.'),
              ('Ana P.', 'Interpol should publish how many of these requests actually get answered.')],
    footer='<p>© 2022 Meridian Policy Review. Coverage of Interpol, Europol and the FATF is independent of those bodies.</p>',
))

# ------------------------------------------------------------------ en-02
PAGES.append(dict(
    id='en-02', lang='en', site='Baltic Ledger',
    title='Krasnov’s office counts crypto cases as FSB detains cash-for-crypto dealers',
    date='2023-09-06', time='09:30', datestyle='jsonld', author='Tomas Vaitkus',
    nav=['Russia', 'Ukraine', 'Sanctions', 'Crypto', 'Kremlin watch'],
    traps=['scope'],
    h1='{{surname-before-full-name|headline, before the full name; possessive|Krasnov}}’s office counts crypto cases as [[ru-fsb||FSB]] detains cash-for-crypto dealers',
    body='''
    <p>Russia’s [[ru-fsb||Federal Security Service]] said on Wednesday it had detained several people in Moscow and two regional cities on suspicion of running an unlicensed service that swapped cash for cryptocurrency, the latest in a series of such cases announced by Russian law enforcement this year.</p>
    <p>Prosecutor General [[igor-krasnov|split-tags~dated-role: Prosecutor General until September 2025|<b>Igor</b> Krasnov]] told a meeting of regional prosecutors that crimes involving digital currencies were growing, without giving a figure.</p>
    <p>[[igor-krasnov||Krasnov]], who has led the [[ru-prosecutor-general-office||Prosecutor General's Office]] since 2020, asked investigators to pay closer attention to exchangers that accept rubles in cash and pay out in stablecoins.</p>
    <p>According to the [[ru-fsb||FSB]] statement, the suspects also sold prepaid cards linked to {{common-word|Russian payment card system, not an entity|Mir}}, the domestic card network that replaced Visa and Mastercard for most Russians in 2022.</p>
    <p>Investigators from the [[ru-mvd||Russian Interior Ministry]] took part in the searches. Interior Minister [[vladimir-kolokoltsev|line-break|Vladimir
      Kolokoltsev]] has repeatedly called for tougher penalties for so-called drop accounts used to move stolen money.</p>
    <p>The case has revived debate in the [[ru-state-duma||State Duma]] about a registry for crypto exchangers. A draft has circulated for months, but no bill has reached a vote.</p>
    <ul>
      <li>Those detained face charges of illegal banking activity.</li>
      <li>A Moscow court will decide on a {{common-word|ordinary noun|court order}} for pre-trial detention.</li>
      <li>Prosecutors under [[igor-krasnov|line-break|Igor
        Krasnov]] will supervise the investigation.</li>
    </ul>
    <p>The [[ru-mvd||Interior Ministry]] separately confirmed that its [[ru-mvd-order-199||Order No. 199]] of 31 March 2023, which narrowed the tasks of its [[int-interpol||Interpol]] bureau, remains in force.</p>
''',
    related=['FSB and Roskomnadzor target Telegram exchangers',
             'Krasnov: Russia’s top prosecutor and the crypto question',
             'What the Mir card can and cannot do abroad'],
    comments=[('Andrei_K', 'The FSB always announces these right before a new bill. Krasnov will want his registry.'),
              ('fernweh', 'Mir cards are still useless outside a handful of countries.')],
    footer='<p>Baltic Ledger covers Russia, the Kremlin and sanctions from Vilnius. Corrections: desk@example.org</p>',
))

# ------------------------------------------------------------------ en-03
PAGES.append(dict(
    id='en-03', lang='en', site='Standard Setter Weekly',
    title='G20 standard-setters finalise crypto rulebook',
    date='2023-07-17', time='14:10', datestyle='time', author='Olivia Brandt',
    nav=['Home', 'Basel', 'G20', 'Banks', 'Crypto', 'Data'],
    traps=['scope'],
    h1='[[int-g20||G20]] standard-setters finalise crypto rulebook as [[int-fsb||FSB]] hands over framework',
    body='''
    <p>The [[int-fsb||Financial Stability Board]] on Monday sent finance ministers and central bank governors of the [[int-g20||G20]] its finished package on crypto-assets and stablecoins, the result of more than a year of consultation with national authorities.</p>
    <p>The package, formally the [[int-fsb-crypto-framework||FSB global regulatory framework for crypto-asset activities]], asks national authorities to apply the principle of same activity, same risk, same regulation.</p>
    <p>[[klaas-knot||Klaas Knot]], the Dutch central banker who chairs the board, said in a cover letter that the work now moves to implementation. [[klaas-knot|common-word|Knot]] acknowledged that progress would be uneven and that untangling the {{common-word|ordinary noun|knot}} of overlapping national regimes would take years.</p>
    <p>Alongside the framework, the [[int-imf||IMF]] and the [[int-fsb||FSB]] staff are preparing a joint document, the [[int-g20-crypto-roadmap|hyphen-slash|IMF-FSB Synthesis Paper]], which is meant to help the [[int-g20||G20]] presidency track how far countries have got.</p>
    <blockquote>
      <p>“The standard-setters have done the drafting. The hard part is getting forty supervisors to read the same sentence the same way,” said Lena Aaltonen, a former supervisor who now advises banks in Helsinki.</p>
    </blockquote>
    <p>The [[int-bcbs||Basel Committee]] has its own rules for banks that hold crypto, the [[int-bcbs-cryptoasset-standard||Basel crypto standard]], while [[int-iosco||IOSCO]] published the [[int-iosco-crypto-recommendations||IOSCO Policy Recommendations for Crypto and Digital Asset Markets]] for market conduct.</p>
    <p>Economists at the [[int-bis||BIS]], the Basel-based bank for central banks, have argued that stablecoins still fall short as money. Several central banks in the group nonetheless want room to experiment.</p>
    <p>The board will report on implementation to [[int-g20-fmcbg||G20 finance ministers]] again next year.</p>
''',
    related=['FSB, IOSCO and Basel: who writes which crypto rule',
             'Klaas Knot on stablecoins: the full interview',
             'BIS Innovation Hub opens a new centre'],
    comments=[('quant_ina', 'Knot has been saying "same activity, same risk" since 2021. The FSB needs teeth, not slogans.'),
              ('R. Osei', 'Would love a table comparing the IMF and BIS positions.')],
    footer='<p>Standard Setter Weekly — independent coverage of the G20, the FSB and Basel. © 2023</p>',
))

# ------------------------------------------------------------------ en-04
PAGES.append(dict(
    id='en-04', lang='en', site='Policy Desk Explainers',
    title='FSB, FSA, SEC: why crypto readers keep mixing up the acronyms',
    date=None, author='Policy Desk staff',
    nav=['Explainers', 'Glossary', 'Russia', 'Japan', 'United States', 'Philippines'],
    traps=['scope'],
    h1='{{ambiguous-acronym|both senses on the page|FSB}}, {{ambiguous-acronym|both senses on the page|FSA}}, {{ambiguous-acronym|several senses on the page|SEC}}: why crypto readers keep mixing up the acronyms',
    body='''
    <p>Three letters can mean very different things. In Moscow, {{ambiguous-acronym|Russia and G20 contexts both present|FSB}} means the [[ru-fsb||Federal Security Service]], the domestic security agency that often announces arrests of crypto dealers. In Basel, where the [[int-g20|possessive|G20]]’s standard-setters meet, the same letters stand for the [[int-fsb||Financial Stability Board]].</p>
    <p>A story that quotes both — say, a piece on sanctions evasion that cites a Kremlin statement and a [[int-g20||G20]] report — gives the reader no easy way to tell which {{ambiguous-acronym|Russia and G20 contexts both present|FSB}} is meant unless the writer spells it out.</p>
    <h2>Tokyo or London?</h2>
    <p>{{ambiguous-acronym|Japan and UK contexts both present|FSA}} is just as slippery. In Tokyo it refers to [[jp-fsa||Japan's Financial Services Agency]], which registers crypto exchanges. British readers of a certain age remember the [[gb-fsa-former||British Financial Services Authority]], which was split up in 2013; its work passed to the [[gb-fca||Financial Conduct Authority]] and the [[gb-pra||Prudential Regulation Authority]].</p>
    <h2>Washington, Manila, Bangkok</h2>
    <p>Then there is {{ambiguous-acronym|US, Philippine and Thai contexts all present|SEC}}. The [[us-sec||US Securities and Exchange Commission]] is the one most crypto headlines mean, but the [[ph-sec||Philippine SEC]] and the [[th-sec||Thai SEC]] regulate exchanges in their own markets and appear in regional news almost daily.</p>
    <ul>
      <li>{{ambiguous-acronym|bare acronym in a list|FSB}}: Russia’s security service, or the [[int-g20||G20]] body in Basel.</li>
      <li>{{ambiguous-acronym|bare acronym in a list|FSA}}: Japan’s financial regulator, or a UK body that no longer exists.</li>
      <li>{{ambiguous-acronym|bare acronym in a list|SEC}}: the United States, the Philippines, Thailand, Nigeria and others.</li>
    </ul>
    <p>Our rule of thumb: if a page mentions more than one country behind an acronym, write the name in full at least once.</p>
''',
    related=['What the FSB in Basel actually does',
             'Japan’s FSA and the road to exchange registration',
             'A short history of the SEC and crypto'],
    comments=[('tk_reader', 'I once read a whole paragraph thinking the FSB had arrested someone in Basel.'),
              ('Mika', 'The Philippine SEC deserves its own explainer.')],
    footer='<p>Policy Desk Explainers. Glossary entries for the FSB, FSA and SEC are updated monthly.</p>',
))

# ------------------------------------------------------------------ en-05
PAGES.append(dict(
    id='en-05', lang='en', site='Capitol Coin Report',
    title='Gensler signals more crypto cases as exchange turmoil rattles investors',
    date='2022-11-11', time='08:00', datestyle='meta', author='Dana Whitfield',
    nav=['Washington', 'SEC', 'CFTC', 'Markets', 'Newsletters'],
    traps=['scope'],
    h1='{{surname-before-full-name|headline, before the full name|Gensler}} signals more crypto cases as exchange turmoil rattles investors',
    body='''
    <p>The chair of the [[us-sec||U.S. Securities and Exchange Commission]], [[gary-gensler|dated-role~SEC chair until January 2025|Gary Gensler]], said in a television interview on Thursday that investors in crypto markets still lack the protections that come with securities law.</p>
    <p>[[gary-gensler||Gensler]] has argued for months that many tokens are offered in ways that make them securities, and that trading platforms should register with the agency.</p>
    <p>The [[us-sec-enforcement-division|possessive~typographic apostrophe inside a longer name|SEC’s enforcement division]] has brought a string of cases against token issuers and lending platforms. Lawyers expect more after the collapse of a large offshore exchange this week sent prices tumbling and dragged on the {{common-word|ordinary noun|stock market}} too.</p>
    <p>At the [[us-cftc||Commodity Futures Trading Commission]], Chairman [[rostin-behnam|dated-role~CFTC chairman until January 2025|Rostin Behnam]] has asked {{common-word|not an entity in the database|Congress}} for more authority over spot markets in digital commodities. [[rostin-behnam||Behnam]] told lawmakers earlier this year that his agency could police those markets if given the funding.</p>
    <p>Commissioner [[hester-peirce||Hester Peirce]], nicknamed “[[hester-peirce|typography~inside typographic quotes|Crypto Mom]]” by the industry, has dissented from some of the agency’s approach and called for clearer rules.</p>
    <p>Much of the fight turns on the [[us-howey-test||Howey test]], the standard drawn from the 1946 Supreme Court decision in [[us-howey-test||SEC v. W. J. Howey Co.]] Courts have applied it to orange groves, whisky casks and now tokens.</p>
    <p>Some senators hope to revive a market-structure bill before the year ends, but aides say {{common-word|generic capitalised noun, not an entity|the Act}} they have in mind has little chance in the lame-duck session.</p>
    <p>Treasury Secretary [[janet-yellen|dated-role~Treasury Secretary until January 2025|Janet Yellen]] said regulators were monitoring the situation closely.</p>
''',
    related=['Gary Gensler’s busiest year',
             'CFTC’s Behnam: give us the spot market',
             'Hester Peirce dissents again'],
    comments=[('deltahedge', 'Gensler will blame the exchanges. Congress will blame Gensler.'),
              ('Marisol', 'The SEC needed to act a year ago.')],
    footer='<p>© 2022 Capitol Coin Report, Washington. Not investment advice.</p>',
))

# ------------------------------------------------------------------ en-06
PAGES.append(dict(
    id='en-06', lang='en', site='Manila Fintech Journal',
    title='Philippine SEC widens crackdown on unregistered crypto platforms',
    date='2025-09-18', time='03:20', datestyle='time', author='Rowena Dizon',
    nav=['Home', 'Banking', 'SEC', 'BSP', 'Startups', 'Opinion'],
    traps=['scope'],
    h1='[[ph-sec||Philippine SEC]] widens crackdown on unregistered crypto platforms',
    body='''
    <p>The [[ph-sec|~no literal alias: the bare name is the US SEC's alias, but the page is Philippine|Securities and Exchange Commission]] in Manila has ordered more offshore crypto platforms to stop soliciting Filipino investors, saying they lack the registration now required under its new rules.</p>
    <p>[[ph-sec||SEC]] Chairperson [[francis-lim||Francis Lim]] told reporters that the commission would work with internet providers to restrict access to sites that keep operating. [[francis-lim||Lim]] said local investors had lost money to platforms that disappeared overnight.</p>
    <p>The [[ph-casp-rules||CASP Rules]], which took effect this year, require crypto-asset service providers that deal with Philippine customers to register, keep minimum capital and appoint local compliance officers. The [[ph-sec|possessive~typographic apostrophe|SEC]]’s list of registered firms remains short.</p>
    <p>Banks and payment firms that hold customer crypto balances answer to the [[ph-bsp||Bangko Sentral ng Pilipinas]], which has licensed virtual asset service providers under [[ph-bsp-circular-1108||BSP Circular 1108]] since 2021.</p>
    <p>[[ph-bsp||BSP]] Governor [[eli-remolona||Eli Remolona]] has said that {{ambiguous-acronym|generic descriptor, no alias|the central bank}} sees room for stablecoins in remittances if they are properly supervised. [[eli-remolona||Remolona]] spoke at a payments forum in Makati last week.</p>
    <blockquote>
      <p>“Registration is not an endorsement,” said Jaime Villanueva, a Manila lawyer who advises exchanges. “But it at least tells you who to sue.”</p>
    </blockquote>
    <p>Industry groups have asked for a longer transition period for smaller firms.</p>
''',
    related=['BSP to review VASP licences',
             'Francis Lim takes the chair at the SEC',
             'Remolona on stablecoins and remittances'],
    comments=[('jojo_m', 'The SEC blocked the big ones, but the Telegram groups are still everywhere.'),
              ('Bea', 'Good move by Lim and the BSP.')],
    footer='<p>Manila Fintech Journal, Makati City, Philippines. © 2025</p>',
))

# ------------------------------------------------------------------ en-07
PAGES.append(dict(
    id='en-07', lang='en', site='Tokyo Digital Finance',
    title='Japan’s FSA weighs moving crypto rules out of the Payment Services Act',
    date='2024-11-20', time='01:00', datestyle='meta', author='Kenji Sato',
    nav=['Japan', 'Markets', 'FSA', 'Bank of Japan', 'Yen', 'Crypto'],
    traps=['scope'],
    h1='Japan’s [[jp-fsa||FSA]] weighs moving crypto rules out of the [[jp-payment-services-act||Payment Services Act]]',
    body='''
    <p>[[jp-fsa||Japan's Financial Services Agency]] is studying whether crypto-assets should be regulated under securities law rather than payments law, a change that would bring insider-trading rules and fuller disclosure to the market.</p>
    <p>Commissioner [[hideki-ito|dated-role~Commissioner until July 2025|Hideki Ito]], who took over the agency in July, has asked a working group to look at the options. [[hideki-ito||Ito]] told reporters that investor protection would guide the review.</p>
    <p>Crypto exchanges in Japan are registered under the [[jp-payment-services-act|footnote-digit~footnote marker in sup|Payment Services Act]]<sup>1</sup>, which was amended in 2022 to cover stablecoins. Lawyers say the [[jp-payment-services-act|footnote-digit~footnote digit as plain text|Payment Services Act]]1 was never designed for speculative trading.</p>
    <p>About thirty [[jp-fsa|hyphen-slash|FSA]]-registered exchanges serve retail customers, and several have asked for a clearer path to list new tokens.</p>
    <p>Any change to the law would need approval from the [[jp-national-diet|common-word|Diet]], where the ruling coalition is expected to take up a bill next year. Market veterans joke that the industry has been on {{common-word|ordinary noun|a strict diet}} of new listings for years.</p>
    <p>The [[jp-boj||Bank of Japan]] has kept out of the debate. Governor [[kazuo-ueda||Kazuo Ueda]] has focused on interest rates and the weak yen, and the [[jp-boj||BOJ]] has said little about crypto beyond its research on a digital yen.</p>
    <p>Cross-border transfers would still fall under the [[jp-fefta||Foreign Exchange and Foreign Trade Act]].</p>
    <ol class="footnotes">
      <li>[[jp-payment-services-act||Japan's Payment Services Act]] (Act No. 59 of 2009).</li>
    </ol>
''',
    related=['How the FSA registers exchanges',
             'Kazuo Ueda: no digital yen decision yet',
             'The Diet’s crowded autumn session'],
    comments=[('yen_carry', 'The FSA moves slowly but it moves. A healthy diet of listings would help.'),
              ('Hiro', 'Moving out of the Payment Services Act is overdue.')],
    footer='<p>Tokyo Digital Finance, Chiyoda-ku, Tokyo. Coverage of the FSA and BOJ since 2017.</p>',
))

# ------------------------------------------------------------------ en-08
PAGES.append(dict(
    id='en-08', lang='en', site='Main Street Crypto',
    title='Powell says the Fed is watching bank exposure to crypto deposits',
    date='2023-05-04', time='18:30', datestyle='time', author='Luis Moreno',
    nav=['Economy', 'Fed', 'Banks', 'Crypto', 'Podcast'],
    traps=['scope'],
    h1='{{surname-before-full-name|headline, before the full name|Powell}} says [[us-fed|ambiguous-acronym~alias "the Fed" with its context words on the page|the Fed]] is watching bank exposure to crypto deposits',
    body='''
    <p>[[us-fed||Federal Reserve]] Chair [[jerome-powell|line-break|Jerome
      Powell]] said on Wednesday that supervisors were looking closely at banks that rely heavily on deposits from crypto firms, after a spring in which several regional lenders failed.</p>
    <p>Speaking after {{ambiguous-acronym|generic descriptor, no alias|the central bank}}’s latest interest rate decision, [[jerome-powell||Powell]] said the banking system was sound but that concentrated deposits could run quickly.</p>
    <p>The [[us-occ||Office of the Comptroller of the Currency]], led by Acting Comptroller [[michael-hsu|dated-role~Acting Comptroller until February 2025|Michael Hsu]], has told national banks to ask permission before taking on new crypto activities.</p>
    <p>At the [[us-fdic||FDIC]], Chairman [[martin-gruenberg|dated-role~FDIC chairman until January 2025|Martin Gruenberg]] has said deposit insurance rules may need updating for large business accounts.</p>
    <p>Treasury Secretary [[janet-yellen|dated-role~Treasury Secretary until January 2025|Janet Yellen]] said the [[us-treasury||U.S. Treasury]] stood ready to act if needed.</p>
    <p>Banks have also complained about [[us-sab-121||SAB 121]], the [[us-sec||SEC]] staff bulletin that makes it costly for them to hold crypto for customers. Some lawmakers want {{common-word|not an entity in the database|Congress}} to overturn it.</p>
    <p>[[us-fed|ambiguous-acronym~alias "the Fed" with context words present|The Fed]] has not said whether it will issue new guidance.</p>
''',
    related=['Jerome Powell’s press conference in five charts',
             'Michael Hsu and the OCC’s crypto stance',
             'Is SAB 121 on its way out?'],
    comments=[('bondvig', 'Powell always says the system is sound.'),
              ('Lee', 'Yellen and Gruenberg should testify again.')],
    footer='<p>© 2023 Main Street Crypto. The Federal Reserve is not affiliated with this site.</p>',
))

# ------------------------------------------------------------------ en-09
PAGES.append(dict(
    id='en-09', lang='en', site='Capitol Coin Report',
    title='Stablecoin bill heads to the president after House vote',
    date='2025-07-18', time='12:00', datestyle='jsonld', author='Dana Whitfield',
    nav=['Washington', 'Congress', 'Stablecoins', 'Newsletters'],
    traps=['scope'],
    h1='Stablecoin bill heads to the president after House vote',
    body='''
    <p>The [[us-genius-act||GENIUS Act]] cleared the House on Thursday, sending the first federal stablecoin law to the White House and ending years of stalled efforts in {{common-word|not an entity in the database|Congress}}.</p>
    <p>The [[us-genius-act||Guiding and Establishing National Innovation for U.S. Stablecoins Act]] sets reserve requirements for issuers, bans interest payments to holders and creates a federal licence alongside state regimes.</p>
    <p>[[tim-scott|common-word~"Scott" is also Scott Bessent's first name|Sen. Tim Scott]], who chairs the [[us-senate-banking-committee||Senate Banking Committee]], called the vote a turning point. Treasury Secretary [[scott-bessent||Scott Bessent]] has said stablecoins could support demand for Treasury bills.</p>
    <p>[[elizabeth-warren||Sen. Elizabeth Warren]] led opposition in the [[us-senate||Senate]]. [[elizabeth-warren||Senator Warren]] argued the bill left gaps that large technology companies could exploit.</p>
    <p>In the House, [[french-hill|common-word~"French" is also an adjective|Rep. French Hill]], chairman of the [[us-house-financial-services-committee||House Financial Services Committee]], steered the bill to the floor. Staff on {{common-word|place name, not French Hill|Capitol Hill}} spent weeks comparing it with how {{common-word|adjective, not French Hill|French}} and other European regulators supervise stablecoins under [[eu-mica||MiCA]].</p>
    <p>Large issuers would answer to federal regulators such as {{ambiguous-acronym|bare "the Fed" without its context words anywhere on the page|the Fed}} or the [[us-occ||Comptroller of the Currency]], while smaller ones could stay with state supervisors.</p>
    <p>White House adviser [[david-sacks||David Sacks]] said regulators would start drafting rules quickly. [[scott-bessent||Bessent]] is expected to lead that work.</p>
    <p>Supporters say {{common-word|generic capitalised noun, not an entity|the Act}} gives issuers certainty. Critics say it will be tested at the first sign of a run.</p>
''',
    related=['What the GENIUS Act means for issuers',
             'Tim Scott and the Senate Banking Committee',
             'Warren’s last stand against stablecoins'],
    comments=[('aaron_t', 'French Hill got it done. Congress actually passed something.'),
              ('Sam W.', 'Bessent wants T-bill buyers, that is the whole story.')],
    footer='<p>© 2025 Capitol Coin Report, Washington. Not investment advice.</p>',
))

# ------------------------------------------------------------------ en-10
PAGES.append(dict(
    id='en-10', lang='en', site='City Crypto Brief',
    title='Reeves unveils draft crypto rules as FCA readies regime',
    date='2025-04-29', time='06:00', datestyle='meta', author='Priya Nair',
    nav=['UK', 'City', 'FCA', 'Bank of England', 'Markets'],
    traps=['scope'],
    h1='{{surname-before-full-name|headline, before the full name|Reeves}} unveils draft crypto rules as [[gb-fca||FCA]] readies regime',
    body='''
    <p>Chancellor [[rachel-reeves||Rachel Reeves]] on Tuesday published draft legislation to bring crypto exchanges, dealers and custodians under the same kind of authorisation regime as other financial firms in the UK.</p>
    <p>The draft [[gb-cryptoassets-regulations-2025||Financial Services and Markets Act 2000 (Cryptoassets) Regulations 2025]], published by [[gb-hm-treasury||HM Treasury]], use powers granted by the [[gb-fsma-2023||Financial Services and Markets Act 2023]]. [[rachel-reeves||Reeves]] said the aim was to give firms clear rules and customers stronger protection.</p>
    <p>The [[gb-fca||Financial Conduct Authority]] will write the detailed rules. Its chief executive, [[nikhil-rathi||Nikhil Rathi]], has said {{ambiguous-acronym|generic descriptor, no alias|the City watchdog}} wants to support innovation without repeating past failures. [[nikhil-rathi||Rathi]] spoke at a fintech conference in London last month.</p>
    <p>Stablecoins used for payments would also face oversight by the [[gb-boe||Bank of England]]. Governor [[andrew-bailey||Andrew Bailey]] has been cautious; [[andrew-bailey||Bailey]] has said that widely used stablecoins must be as safe as bank money. Banks’ own crypto exposures fall to the [[gb-pra||PRA]].</p>
    <p>The plans build on work that began under former Chancellor [[jeremy-hunt||Jeremy Hunt]]. [[jeremy-hunt|common-word|Hunt]] had promised to make Britain a crypto hub; industry groups say {{common-word|ordinary noun|the hunt}} for a workable regime has taken too long.</p>
    <blockquote>
      <p>“Firms will finally know which door to knock on,” said Oliver Grant, a partner at a London law firm.</p>
    </blockquote>
    <p>Officials are taking comments until the end of May. The [[gb-boe||BoE]] plans a separate paper on systemic stablecoins.</p>
''',
    related=['Nikhil Rathi on the FCA’s crypto gateway',
             'Andrew Bailey: stablecoins must be safe money',
             'Jeremy Hunt’s crypto hub, two years on'],
    comments=[('threadneedle', 'The FCA will take forever. Reeves knows it.'),
              ('kit', 'Bailey has never liked stablecoins.')],
    footer='<p>City Crypto Brief, London. © 2025. The Bank of England and HM Treasury are not affiliated with this site.</p>',
))

# ------------------------------------------------------------------ en-11
PAGES.append(dict(
    id='en-11', lang='en', site='Brussels Digital Markets',
    title='MEPs back MiCA in final vote',
    date='2023-04-20', time='15:40', datestyle='time', author='Chloé Verhaegen',
    nav=['EU', 'Parliament', 'Commission', 'ESMA', 'Markets'],
    traps=['scope'],
    h1='[[eu-parliament||MEPs]] back [[eu-mica||MiCA]] in final vote',
    body='''
    <p>The [[eu-parliament||European Parliament]] on Thursday approved the [[eu-mica|footnote-digit|Markets in Crypto-Assets Regulation]]<sup>1</sup>, together with the recast [[eu-tfr||Transfer of Funds Regulation]], giving the EU the most detailed crypto rulebook of any major economy.</p>
    <p>The regulation will require issuers of stablecoins and crypto-asset service providers to obtain a licence in one member state and then operate across the bloc. The so-called [[eu-mica|hyphen-slash~MiCA/AML package|MiCA]]/AML package also brings the [[eu-tfr||EU travel rule]] for transfers between exchanges.</p>
    <p>The [[eu-esma||European Securities and Markets Authority]] will draft many of the technical standards. [[verena-ross|split-tags|<strong>Verena</strong> Ross]], who chairs the authority, said the agency would start consultations within weeks. [[verena-ross||Ross]] has warned that firms should not expect a light touch.</p>
    <p>Rules for large stablecoins will be supervised with the [[eu-eba||European Banking Authority]]. Its chair, [[jose-manuel-campa||José Manuel Campa]], said the authority was hiring staff for the task.</p>
    <p>Commissioner [[mairead-mcguinness|dated-role~Commissioner until 2024|Mairead McGuinness]] welcomed the vote on behalf of the [[eu-commission||European Commission]]. She said the EU had set a global benchmark.</p>
    <p>The [[eu-council||Council of the EU]] still has to give its formal approval, which diplomats expect next month.</p>
    <p>Exchanges outside the bloc that follow [[int-fatf|hyphen-slash|FATF]]-style rules will still need an EU licence to serve customers here.</p>
    <p class="footnote"><sup>1</sup> Formally [[eu-mica||Regulation (EU) 2023/1114]] once published.</p>
''',
    related=['MiCA explained in ten questions',
             'Verena Ross: ESMA will not be a soft touch',
             'McGuinness on the EU’s crypto benchmark'],
    comments=[('euroskeptic_dev', 'MiCA is good for big exchanges, bad for small ones.'),
              ('L. Marchetti', 'Jose Manuel Campa and the EBA will be busy.')],
    footer='<p>Brussels Digital Markets — independent of the European Parliament and the European Commission. © 2023</p>',
))
