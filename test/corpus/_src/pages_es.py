PAGES = []

# ------------------------------------------------------------------ es-01
PAGES.append(dict(
    id='es-01', lang='es', site='Diario Cripto Centroamérica',
    title='El FMI y El Salvador pactan un préstamo condicionado a cambios en la Ley Bitcoin',
    date='2024-12-19', time='14:00', datestyle='meta', author='Ana Lucía Rivas',
    nav=['Inicio', 'El Salvador', 'Bitcoin', 'FMI', 'Opinión'],
    traps=['scope'],
    h1='El [[int-imf|spanish~FMI con contexto (préstamo, Fondo Monetario Internacional)|FMI]] y El Salvador pactan un préstamo condicionado a cambios en la [[sv-bitcoin-law|spanish|Ley Bitcoin]]',
    body='''
    <p>El [[int-imf|spanish|Fondo Monetario Internacional]] ([[int-imf|spanish|FMI]]) alcanzó un acuerdo técnico con el Gobierno salvadoreño para un programa de financiamiento de unos 1.400 millones de dólares, sujeto a reformas fiscales y a cambios en la [[sv-bitcoin-law|spanish|Ley Bitcoin]].</p>
    <p>El presidente [[nayib-bukele||Nayib Bukele]], que impulsó la ley en 2021, no ha comentado los detalles. En redes sociales, [[nayib-bukele||Bukele]] insistió en que el país seguirá acumulando bitcoin.</p>
    <p>La directora gerente del fondo, [[kristalina-georgieva||Kristalina Georgieva]], ha dicho en varias ocasiones que los riesgos del bitcoin para las finanzas públicas deben reducirse. Según el comunicado, el acuerdo todavía necesita la aprobación del directorio; [[kristalina-georgieva||Georgieva]] no participó en el anuncio.</p>
    <p>El [[sv-bcr|spanish|Banco Central de Reserva]] ([[sv-bcr|spanish|BCR]]) deberá reforzar la supervisión de los bancos que ofrecen servicios con criptoactivos. Analistas locales esperan que {{ambiguous-acronym|descriptor genérico, no es un alias|el banco central}} publique nuevas normas en enero.</p>
    <p>La [[sv-onbtc|spanish|Oficina Nacional del Bitcoin]], dirigida por [[stacy-herbert||Stacy Herbert]], afirmó que sus proyectos no se verán afectados. Por su parte, la [[sv-cnad|spanish|Comisión Nacional de Activos Digitales]] supervisa las emisiones bajo la [[sv-lead|spanish|Ley de Emisión de Activos Digitales]].</p>
    <p>El [[int-world-bank|spanish|Banco Mundial]] y otros organismos también participarán en el paquete de financiamiento.</p>
    <blockquote>
      <p>«La ley se convirtió en un símbolo; el préstamo obliga a convertirla en algo más modesto», dijo la economista Marta Alvarenga.</p>
    </blockquote>
''',
    related=['Bukele y el bitcoin: tres años después', 'Georgieva visita Centroamérica', 'Qué cambia para los comercios'],
    comments=[('chivo_user', 'El FMI siempre gana. Bukele cedió.'),
              ('Rosa', 'La Ley Bitcoin nunca funcionó en la práctica.')],
    footer='<p>Diario Cripto Centroamérica, San Salvador. © 2024</p>',
))

# ------------------------------------------------------------------ es-02
PAGES.append(dict(
    id='es-02', lang='es', site='El Observador Financiero',
    title='La CNV endurece el registro de proveedores cripto',
    date=None, author='Martín Pereyra',
    nav=['Inicio', 'Argentina', 'Mercados', 'Cripto', 'Regulación'],
    traps=['scope'],
    h1='La [[ar-cnv|spanish|CNV]] endurece el registro de proveedores cripto tras la [[ar-law-27739|spanish|Ley 27.739]]',
    body='''
    <p>La [[ar-cnv|spanish|Comisión Nacional de Valores]] ([[ar-cnv|spanish|CNV]]) de Argentina publicó nuevas exigencias para los proveedores de servicios de activos virtuales que operan en Buenos Aires y el resto del país.</p>
    <p>El organismo, presidido por [[roberto-silva||Roberto Silva]], explicó que la [[ar-cnv-rg-1058|spanish|Resolución General 1058]] fija requisitos de capital, custodia y ciberseguridad. El registro obligatorio nació con la [[ar-law-27739|spanish|Ley 27.739]], que reformó el régimen contra el lavado de dinero.</p>
    <p>La reforma respondió en parte a la evaluación del [[int-fatf|spanish|Grupo de Acción Financiera Internacional]] ([[int-fatf|spanish|GAFI]]), que revisó al país el año pasado.</p>
    <p>El {{spanish|entidad que no está en la base de datos (BCRA)|Banco Central de la República Argentina}} mantiene la prohibición para que los bancos ofrezcan criptoactivos a sus clientes. Fuentes del {{ambiguous-acronym|se refiere al BCRA (no está en la base); el contexto «Brasil» activaría el alias «Banco Central» del BCB|Banco Central}} indicaron que no hay cambios previstos.</p>
    <p>En la región, Brasil avanzó con el [[br-law-14478|spanish|Marco Legal dos Criptoativos]] y el [[br-bcb|spanish|Banco Central do Brasil]] ya publicó sus propias reglas para proveedores.</p>
    <p>En Europa, el reglamento [[eu-mica||MiCA]] está plenamente vigente. La presidenta del [[eu-ecb|spanish|Banco Central Europeo]], [[christine-lagarde||Christine Lagarde]], defendió en Fráncfort el proyecto del [[eu-digital-euro|spanish~forma española; en la base solo «digital euro», «digitaler Euro», «euro numérique»|euro digital]]; el [[eu-ecb|spanish~BCE con contexto (Lagarde, Banco Central Europeo)|BCE]] espera una decisión legislativa este año.</p>
    <p>El [[int-imf|spanish|Fondo Monetario Internacional]] sigue de cerca la evolución del mercado cripto argentino.</p>
''',
    related=['Roberto Silva: “queremos un mercado ordenado”', 'Qué exige la Ley 27.739', 'Brasil y su Marco Legal'],
    comments=[('porteño_btc', 'La CNV llega tarde pero llega.'),
              ('Valeria', 'El GAFI presionó y funcionó.')],
    footer='<p>El Observador Financiero, Buenos Aires.</p>',
))
