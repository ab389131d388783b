//! The event vocabulary as types: PLOVER event types, report status and modes. Parsed once when the lexicon is
//! loaded (an unknown name is a data error there), compared as enums everywhere else, written as PLOVER's names.

/// An enum whose variants have fixed external names: `as_str`, `parse`, `ALL`, `Display` and serde's string form.
macro_rules! named_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The external name.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }

            /// The variant of an external name, exactly as written.
            pub fn parse(s: &str) -> Option<$name> {
                match s { $($text => Some($name::$variant),)+ _ => None }
            }

            /// The variant of a name as a user may type it: any case, spaces around.
            pub fn parse_any_case(s: &str) -> Option<$name> {
                $name::ALL.iter().copied().find(|v| v.as_str().eq_ignore_ascii_case(s.trim()))
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
                $name::parse(&s).ok_or_else(|| serde::de::Error::custom(format!("unknown {} {s:?}", stringify!($name))))
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }
    };
}

named_enum! {
    /// The 16 PLOVER event types.
    EventType {
        Agree = "AGREE", Consult = "CONSULT", Support = "SUPPORT", Concede = "CONCEDE", Cooperate = "COOPERATE",
        Aid = "AID", Retreat = "RETREAT", Request = "REQUEST", Accuse = "ACCUSE", Reject = "REJECT",
        Threaten = "THREATEN", Protest = "PROTEST", Sanction = "SANCTION", Mobilize = "MOBILIZE", Coerce = "COERCE",
        Assault = "ASSAULT",
    }
}

impl EventType {
    /// Conflict types: what a sport, culture or technology report should not yield.
    pub fn is_conflict(self) -> bool {
        matches!(self, EventType::Assault | EventType::Protest | EventType::Coerce | EventType::Threaten | EventType::Mobilize | EventType::Sanction)
    }
}

named_enum! {
    /// How the report frames an event (CONTRACT.md).
    Status {
        Asserted = "asserted", Claimed = "claimed", Denied = "denied", Planned = "planned", Negated = "negated",
        Hypothetical = "hypothetical",
    }
}

named_enum! {
    /// PLOVER modes the lexicon uses (the annotation guide's lists and the PLOVER manual's).
    Mode {
        // ACCUSE
        Allege = "allege", Disapprove = "disapprove", Investigate = "investigate",
        // ASSAULT
        Abduct = "abduct", Aerial = "aerial", Beat = "beat", CrowdControl = "crowd-control", Destroy = "destroy",
        Drone = "drone", Explosives = "explosives", Firearms = "firearms", HeavyWeapons = "heavy-weapons",
        Primitive = "primitive", Sexual = "sexual", SuicideAttack = "suicide-attack", Targeted = "targeted",
        Torture = "torture", Unconventional = "unconventional",
        // COERCE
        Arrest = "arrest", Censor = "censor", Curfew = "curfew", Cyber = "cyber", Deport = "deport",
        MartialLaw = "martial-law", Restrict = "restrict", Seize = "seize", Withhold = "withhold",
        Misinformation = "misinformation",
        // CONSULT
        Multilateral = "multilateral", Phone = "phone", ThirdParty = "third-party", Visit = "visit",
        // MOBILIZE
        Police = "police", Troops = "troops", Weapons = "weapons",
        // PROTEST
        Boycott = "boycott", Demo = "demo", Hunger = "hunger", Obstruct = "obstruct", Riot = "riot", Strike = "strike",
        Vandalize = "vandalize",
        // REJECT
        Meet = "meet", Yield = "yield",
        // RETREAT, CONCEDE, SANCTION
        Access = "access", Disarm = "disarm", Release = "release", Resign = "resign", Withdraw = "withdraw",
        Discontinue = "discontinue", Expel = "expel",
        // THREATEN
        Relations = "relations", Violence = "violence", Territory = "territory",
        // REQUEST, REJECT; RETREAT; SANCTION; MOBILIZE
        Assist = "assist", Change = "change", Ceasefire = "ceasefire", Convict = "convict", Militia = "militia",
    }
}

impl EventType {
    /// Does PLOVER give this type this mode? (The annotation guide's lists and the PLOVER manual's.)
    pub fn allows(self, mode: Mode) -> bool {
        use EventType as T;
        use Mode as M;
        match self {
            T::Assault => matches!(mode, M::Abduct | M::Beat | M::Torture | M::Sexual | M::Targeted | M::Destroy | M::Primitive
                | M::Firearms | M::Explosives | M::SuicideAttack | M::Aerial | M::Drone | M::HeavyWeapons | M::CrowdControl
                | M::Unconventional),
            T::Coerce => matches!(mode, M::Seize | M::Restrict | M::Censor | M::Curfew | M::MartialLaw | M::Arrest | M::Deport
                | M::Withhold | M::Misinformation | M::Cyber),
            T::Consult => matches!(mode, M::Phone | M::Visit | M::ThirdParty | M::Multilateral),
            T::Retreat => matches!(mode, M::Withdraw | M::Release | M::Disarm | M::Ceasefire | M::Access | M::Resign),
            T::Request | T::Reject => matches!(mode, M::Assist | M::Change | M::Yield | M::Meet),
            T::Accuse => matches!(mode, M::Disapprove | M::Investigate | M::Allege),
            T::Threaten => matches!(mode, M::Restrict | M::Arrest | M::Relations | M::Expel | M::Territory | M::Violence),
            T::Protest => matches!(mode, M::Demo | M::Riot | M::Strike | M::Hunger | M::Boycott | M::Obstruct | M::Vandalize),
            T::Sanction => matches!(mode, M::Convict | M::Expel | M::Withdraw | M::Discontinue),
            T::Mobilize => matches!(mode, M::Troops | M::Weapons | M::Police | M::Militia),
            T::Agree | T::Support | T::Concede | T::Cooperate | T::Aid => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_and_unknown_names_are_refused() {
        for t in EventType::ALL {
            assert_eq!(EventType::parse(t.as_str()), Some(*t));
        }
        assert_eq!(EventType::ALL.len(), 16);
        assert_eq!(EventType::parse("ACUSE"), None);
        assert_eq!(EventType::parse("assault"), None);
        assert_eq!(Status::parse("claimed"), Some(Status::Claimed));
        assert_eq!(Mode::parse("suicide-attack"), Some(Mode::SuicideAttack));
        assert_eq!(serde_json::to_string(&EventType::Assault).unwrap(), "\"ASSAULT\"");
        assert!(EventType::Assault.allows(Mode::Aerial) && !EventType::Consult.allows(Mode::Aerial));
        assert!(Mode::ALL.iter().all(|m| EventType::ALL.iter().any(|t| t.allows(*m))), "a mode no type allows");
    }

    #[test]
    fn conflict_types_are_the_six_of_the_negatives_measure() {
        let conflict: Vec<&str> = EventType::ALL.iter().filter(|t| t.is_conflict()).map(|t| t.as_str()).collect();
        assert_eq!(conflict, ["THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"]);
    }
}
