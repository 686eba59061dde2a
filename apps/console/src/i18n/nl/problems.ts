import type { problems as english } from '../en/problems';

export const problems: typeof english = {
  problems: {
    refused: 'Het register weigerde: {detail}',
    WRONG_EXPECTED_REVISION:
      'De betrokkene is gewijzigd sinds u keek. Bekijk de pagina opnieuw en probeer het nog eens.',
    ALREADY_DECIDED: 'Over dit bezwaar is al beslist.',
    ALREADY_WITHDRAWN: 'Dit bezwaar is al ingetrokken.',
    ALREADY_LIFTED: 'Deze beperking is al opgeheven.',
    SUBJECT_ERASED: 'Deze betrokkene is gewist, en dit betreft een doel dat niet is behouden.',
    MOTIVATION_REQUIRED:
      'Voor het afwijzen van een bezwaar zijn de dwingende gerechtvaardigde gronden of de rechtsvordering nodig.',
    OVERRIDE_NOT_ALLOWED:
      'Een bezwaar tegen direct marketing of statistiek kan niet worden afgewezen (art. 21 lid 3 en 6).',
    SUBJECT_NOT_INFORMED:
      'De betrokkene moet zijn ingelicht voordat de beperking wordt opgeheven (art. 18 lid 3).',
    SUPPRESSION_REFS_REQUIRED: 'Er geldt een bezwaar tegen direct marketing: geef de suppressiereferenties.',
    RETENTION_NOT_ALLOWED: 'Alleen doelen met een uitzondering van art. 17 lid 3 kunnen worden behouden.',
    ALREADY_EXTENDED: 'Dit verzoek is al verlengd: art. 12 lid 3 staat één verlenging toe.',
    ALREADY_COMPLETED: 'Dit verzoek is al beantwoord.',
    EXTENSION_TOO_LATE:
      'De uiterste datum is voorbij: een verlenging moet binnen de eerste maand worden vastgelegd.',
    IDENTITY_NOT_VERIFIED:
      'De identiteit moet zijn vastgesteld voordat gegevens worden verstrekt of gewijzigd (art. 12 lid 6).',
    REMEDIES_NOT_INFORMED: 'De betrokkene moet zijn gewezen op de klacht en de rechter (art. 12 lid 4).',
    NOTE_REQUIRED: 'Een notitie moet zeggen waarom.',
    ALREADY_NOTIFIED: 'Deze ontvanger is hierover al ingelicht.',
    FORBIDDEN: 'Uw rol mag dit niet.',
  },
};
