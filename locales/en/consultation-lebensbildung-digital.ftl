# Texts of the example consultation "lebensbildung.digital".

lebensbildung-digital-title = lebensbildung.digital – digitalisation and society
lebensbildung-digital-intro = Digitalisation is changing our lives. The Ministry for Family, Children, Youth, Culture and Sport would like to know how you experience this and what matters to you. Answering takes about five minutes.

lebensbildung-digital-q-rolle = In which role are you taking part?
lebensbildung-digital-q-rolle-buerger = As a citizen
lebensbildung-digital-q-rolle-fachkraft = As a professional in child, youth, family or cultural work
lebensbildung-digital-q-rolle-verwaltung = From public administration
lebensbildung-digital-q-rolle-wissenschaft = From science or research
lebensbildung-digital-q-rolle-andere = Other

lebensbildung-digital-q-alter = How old are you?

lebensbildung-digital-q-alltag = How much does digitalisation change your everyday life?
lebensbildung-digital-q-alltag-min = not at all
lebensbildung-digital-q-alltag-max = very much

lebensbildung-digital-q-handlungsfelder = Which of the ministry's fields of action matter most to you?
lebensbildung-digital-q-handlungsfelder-ausrichtung = Social and policy direction
lebensbildung-digital-q-handlungsfelder-arbeitsprozesse = Digitalising work processes
lebensbildung-digital-q-handlungsfelder-partizipation = Participation and cooperation

lebensbildung-digital-q-themen = Which topics should the ministry address first?
lebensbildung-digital-q-themen-medienkompetenz = Media literacy
lebensbildung-digital-q-themen-datenschutz = Data protection and privacy
lebensbildung-digital-q-themen-teilhabe = Digital inclusion for everyone
lebensbildung-digital-q-themen-kultur = Culture in the digital space
lebensbildung-digital-q-themen-jugend = Young people and digital media
lebensbildung-digital-q-themen-familie = Families and digitalisation

lebensbildung-digital-q-beteiligt = Have you ever taken part in an online consultation or idea competition?

lebensbildung-digital-q-erfahrung = What did you like about it, or what was missing?

lebensbildung-digital-q-verwaltung = How well does public administration manage to digitalise its work processes?
lebensbildung-digital-q-verwaltung-min = very badly
lebensbildung-digital-q-verwaltung-max = very well

lebensbildung-digital-q-verbesserung = What should change first in public administration?

lebensbildung-digital-q-kanal = How would you most like to take part in future?
lebensbildung-digital-q-kanal-messenger = In a messenger, like here
lebensbildung-digital-q-kanal-plattform = On a participation website
lebensbildung-digital-q-kanal-veranstaltung = At events and workshops
lebensbildung-digital-q-kanal-post = By post or telephone

lebensbildung-digital-q-prioritaeten = What should the ministry tackle first? Put the three fields of action in your order.
lebensbildung-digital-q-prioritaeten-ausrichtung = Social and policy direction
lebensbildung-digital-q-prioritaeten-arbeitsprozesse = Digitalising work processes
lebensbildung-digital-q-prioritaeten-partizipation = Participation and cooperation

lebensbildung-digital-field-ausrichtung = Social and policy direction
lebensbildung-digital-field-arbeitsprozesse = Digitalising work processes
lebensbildung-digital-field-partizipation = Participation and cooperation

lebensbildung-digital-ideas-terms =
    Terms of the idea competition:
    • Anyone may take part. Only send ideas of your own that do not infringe anyone else's rights.
    • The ministry's experts and a jury rate the ideas internally by set criteria; selected ideas are developed further in workshops with their authors. There is no claim to implementation or payment.
    • You allow the ministry to use and develop your idea free of charge for this process – and, only if you choose “may be published”, to publish it without your name so that others can see and support it.
    • As long as your idea is not published, you can have it deleted with /forget together with your other data.

lebensbildung-digital-criterion-nutzen = Benefit for people in NRW
lebensbildung-digital-criterion-machbarkeit = Feasibility
lebensbildung-digital-criterion-neuheit = Novelty of the idea

lebensbildung-digital-phase-beteiligung = Participation: answer the questions, submit and support ideas
lebensbildung-digital-phase-jury = Evaluation: the jury rates the ideas; the best are developed further in workshops with their authors
lebensbildung-digital-phase-ergebnisse = Results: the ministry presents what becomes of the contributions
lebensbildung-digital-results = Thank you to everyone who took part! The results feed into the ministry's digital strategy; awarded ideas become pilot projects.

lebensbildung-digital-q-einschaetzung = For experts: how well is the administration in NRW prepared for the digital transformation?
lebensbildung-digital-q-einschaetzung-min = not at all
lebensbildung-digital-q-einschaetzung-max = very well
lebensbildung-digital-q-empfehlung = For experts: what do you recommend the ministry as the next step?
