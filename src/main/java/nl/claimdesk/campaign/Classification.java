package nl.claimdesk.campaign;

/** The outcome of evaluating one claimant against a class version. */
public sealed interface Classification {

    ClassStatus status();

    /** In the class, in {@code subClass}, under the regime of their country of residence. */
    record InClass(String subClass, ResidenceRegime regime) implements Classification {
        @Override
        public ClassStatus status() {
            return ClassStatus.IN_CLASS;
        }
    }

    record Outside(OutsideReason reason) implements Classification {
        @Override
        public ClassStatus status() {
            return ClassStatus.OUTSIDE;
        }
    }

    record InformationNeeded(MissingFact missing) implements Classification {
        @Override
        public ClassStatus status() {
            return ClassStatus.INFORMATION_NEEDED;
        }
    }
}
