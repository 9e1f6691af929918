//! A family whose rows have 302 distinct lists of fields: more than a
//! byte can number, so that `from_fields` reads each row's list from a
//! table of two bytes a row. Every row is built from its fields' texts and
//! displayed back. The table is written out (rows `E000` to `E299` each
//! have a field of their own).

gwerr_core::error_table! {
    /// Rows with a list of fields each.
    pub enum Lists {
        placeholders = "{Name}";

        table "Lists" {
        | Code | Status | Message |
        | E000 | 400 | "Row 0 got {Field0} here" |
        | E001 | 400 | "Row 1 got {Field1} here" |
        | E002 | 400 | "Row 2 got {Field2} here" |
        | E003 | 400 | "Row 3 got {Field3} here" |
        | E004 | 400 | "Row 4 got {Field4} here" |
        | E005 | 400 | "Row 5 got {Field5} here" |
        | E006 | 400 | "Row 6 got {Field6} here" |
        | E007 | 400 | "Row 7 got {Field7} here" |
        | E008 | 400 | "Row 8 got {Field8} here" |
        | E009 | 400 | "Row 9 got {Field9} here" |
        | E010 | 400 | "Row 10 got {Field10} here" |
        | E011 | 400 | "Row 11 got {Field11} here" |
        | E012 | 400 | "Row 12 got {Field12} here" |
        | E013 | 400 | "Row 13 got {Field13} here" |
        | E014 | 400 | "Row 14 got {Field14} here" |
        | E015 | 400 | "Row 15 got {Field15} here" |
        | E016 | 400 | "Row 16 got {Field16} here" |
        | E017 | 400 | "Row 17 got {Field17} here" |
        | E018 | 400 | "Row 18 got {Field18} here" |
        | E019 | 400 | "Row 19 got {Field19} here" |
        | E020 | 400 | "Row 20 got {Field20} here" |
        | E021 | 400 | "Row 21 got {Field21} here" |
        | E022 | 400 | "Row 22 got {Field22} here" |
        | E023 | 400 | "Row 23 got {Field23} here" |
        | E024 | 400 | "Row 24 got {Field24} here" |
        | E025 | 400 | "Row 25 got {Field25} here" |
        | E026 | 400 | "Row 26 got {Field26} here" |
        | E027 | 400 | "Row 27 got {Field27} here" |
        | E028 | 400 | "Row 28 got {Field28} here" |
        | E029 | 400 | "Row 29 got {Field29} here" |
        | E030 | 400 | "Row 30 got {Field30} here" |
        | E031 | 400 | "Row 31 got {Field31} here" |
        | E032 | 400 | "Row 32 got {Field32} here" |
        | E033 | 400 | "Row 33 got {Field33} here" |
        | E034 | 400 | "Row 34 got {Field34} here" |
        | E035 | 400 | "Row 35 got {Field35} here" |
        | E036 | 400 | "Row 36 got {Field36} here" |
        | E037 | 400 | "Row 37 got {Field37} here" |
        | E038 | 400 | "Row 38 got {Field38} here" |
        | E039 | 400 | "Row 39 got {Field39} here" |
        | E040 | 400 | "Row 40 got {Field40} here" |
        | E041 | 400 | "Row 41 got {Field41} here" |
        | E042 | 400 | "Row 42 got {Field42} here" |
        | E043 | 400 | "Row 43 got {Field43} here" |
        | E044 | 400 | "Row 44 got {Field44} here" |
        | E045 | 400 | "Row 45 got {Field45} here" |
        | E046 | 400 | "Row 46 got {Field46} here" |
        | E047 | 400 | "Row 47 got {Field47} here" |
        | E048 | 400 | "Row 48 got {Field48} here" |
        | E049 | 400 | "Row 49 got {Field49} here" |
        | E050 | 400 | "Row 50 got {Field50} here" |
        | E051 | 400 | "Row 51 got {Field51} here" |
        | E052 | 400 | "Row 52 got {Field52} here" |
        | E053 | 400 | "Row 53 got {Field53} here" |
        | E054 | 400 | "Row 54 got {Field54} here" |
        | E055 | 400 | "Row 55 got {Field55} here" |
        | E056 | 400 | "Row 56 got {Field56} here" |
        | E057 | 400 | "Row 57 got {Field57} here" |
        | E058 | 400 | "Row 58 got {Field58} here" |
        | E059 | 400 | "Row 59 got {Field59} here" |
        | E060 | 400 | "Row 60 got {Field60} here" |
        | E061 | 400 | "Row 61 got {Field61} here" |
        | E062 | 400 | "Row 62 got {Field62} here" |
        | E063 | 400 | "Row 63 got {Field63} here" |
        | E064 | 400 | "Row 64 got {Field64} here" |
        | E065 | 400 | "Row 65 got {Field65} here" |
        | E066 | 400 | "Row 66 got {Field66} here" |
        | E067 | 400 | "Row 67 got {Field67} here" |
        | E068 | 400 | "Row 68 got {Field68} here" |
        | E069 | 400 | "Row 69 got {Field69} here" |
        | E070 | 400 | "Row 70 got {Field70} here" |
        | E071 | 400 | "Row 71 got {Field71} here" |
        | E072 | 400 | "Row 72 got {Field72} here" |
        | E073 | 400 | "Row 73 got {Field73} here" |
        | E074 | 400 | "Row 74 got {Field74} here" |
        | E075 | 400 | "Row 75 got {Field75} here" |
        | E076 | 400 | "Row 76 got {Field76} here" |
        | E077 | 400 | "Row 77 got {Field77} here" |
        | E078 | 400 | "Row 78 got {Field78} here" |
        | E079 | 400 | "Row 79 got {Field79} here" |
        | E080 | 400 | "Row 80 got {Field80} here" |
        | E081 | 400 | "Row 81 got {Field81} here" |
        | E082 | 400 | "Row 82 got {Field82} here" |
        | E083 | 400 | "Row 83 got {Field83} here" |
        | E084 | 400 | "Row 84 got {Field84} here" |
        | E085 | 400 | "Row 85 got {Field85} here" |
        | E086 | 400 | "Row 86 got {Field86} here" |
        | E087 | 400 | "Row 87 got {Field87} here" |
        | E088 | 400 | "Row 88 got {Field88} here" |
        | E089 | 400 | "Row 89 got {Field89} here" |
        | E090 | 400 | "Row 90 got {Field90} here" |
        | E091 | 400 | "Row 91 got {Field91} here" |
        | E092 | 400 | "Row 92 got {Field92} here" |
        | E093 | 400 | "Row 93 got {Field93} here" |
        | E094 | 400 | "Row 94 got {Field94} here" |
        | E095 | 400 | "Row 95 got {Field95} here" |
        | E096 | 400 | "Row 96 got {Field96} here" |
        | E097 | 400 | "Row 97 got {Field97} here" |
        | E098 | 400 | "Row 98 got {Field98} here" |
        | E099 | 400 | "Row 99 got {Field99} here" |
        | E100 | 400 | "Row 100 got {Field100} here" |
        | E101 | 400 | "Row 101 got {Field101} here" |
        | E102 | 400 | "Row 102 got {Field102} here" |
        | E103 | 400 | "Row 103 got {Field103} here" |
        | E104 | 400 | "Row 104 got {Field104} here" |
        | E105 | 400 | "Row 105 got {Field105} here" |
        | E106 | 400 | "Row 106 got {Field106} here" |
        | E107 | 400 | "Row 107 got {Field107} here" |
        | E108 | 400 | "Row 108 got {Field108} here" |
        | E109 | 400 | "Row 109 got {Field109} here" |
        | E110 | 400 | "Row 110 got {Field110} here" |
        | E111 | 400 | "Row 111 got {Field111} here" |
        | E112 | 400 | "Row 112 got {Field112} here" |
        | E113 | 400 | "Row 113 got {Field113} here" |
        | E114 | 400 | "Row 114 got {Field114} here" |
        | E115 | 400 | "Row 115 got {Field115} here" |
        | E116 | 400 | "Row 116 got {Field116} here" |
        | E117 | 400 | "Row 117 got {Field117} here" |
        | E118 | 400 | "Row 118 got {Field118} here" |
        | E119 | 400 | "Row 119 got {Field119} here" |
        | E120 | 400 | "Row 120 got {Field120} here" |
        | E121 | 400 | "Row 121 got {Field121} here" |
        | E122 | 400 | "Row 122 got {Field122} here" |
        | E123 | 400 | "Row 123 got {Field123} here" |
        | E124 | 400 | "Row 124 got {Field124} here" |
        | E125 | 400 | "Row 125 got {Field125} here" |
        | E126 | 400 | "Row 126 got {Field126} here" |
        | E127 | 400 | "Row 127 got {Field127} here" |
        | E128 | 400 | "Row 128 got {Field128} here" |
        | E129 | 400 | "Row 129 got {Field129} here" |
        | E130 | 400 | "Row 130 got {Field130} here" |
        | E131 | 400 | "Row 131 got {Field131} here" |
        | E132 | 400 | "Row 132 got {Field132} here" |
        | E133 | 400 | "Row 133 got {Field133} here" |
        | E134 | 400 | "Row 134 got {Field134} here" |
        | E135 | 400 | "Row 135 got {Field135} here" |
        | E136 | 400 | "Row 136 got {Field136} here" |
        | E137 | 400 | "Row 137 got {Field137} here" |
        | E138 | 400 | "Row 138 got {Field138} here" |
        | E139 | 400 | "Row 139 got {Field139} here" |
        | E140 | 400 | "Row 140 got {Field140} here" |
        | E141 | 400 | "Row 141 got {Field141} here" |
        | E142 | 400 | "Row 142 got {Field142} here" |
        | E143 | 400 | "Row 143 got {Field143} here" |
        | E144 | 400 | "Row 144 got {Field144} here" |
        | E145 | 400 | "Row 145 got {Field145} here" |
        | E146 | 400 | "Row 146 got {Field146} here" |
        | E147 | 400 | "Row 147 got {Field147} here" |
        | E148 | 400 | "Row 148 got {Field148} here" |
        | E149 | 400 | "Row 149 got {Field149} here" |
        | E150 | 400 | "Row 150 got {Field150} here" |
        | E151 | 400 | "Row 151 got {Field151} here" |
        | E152 | 400 | "Row 152 got {Field152} here" |
        | E153 | 400 | "Row 153 got {Field153} here" |
        | E154 | 400 | "Row 154 got {Field154} here" |
        | E155 | 400 | "Row 155 got {Field155} here" |
        | E156 | 400 | "Row 156 got {Field156} here" |
        | E157 | 400 | "Row 157 got {Field157} here" |
        | E158 | 400 | "Row 158 got {Field158} here" |
        | E159 | 400 | "Row 159 got {Field159} here" |
        | E160 | 400 | "Row 160 got {Field160} here" |
        | E161 | 400 | "Row 161 got {Field161} here" |
        | E162 | 400 | "Row 162 got {Field162} here" |
        | E163 | 400 | "Row 163 got {Field163} here" |
        | E164 | 400 | "Row 164 got {Field164} here" |
        | E165 | 400 | "Row 165 got {Field165} here" |
        | E166 | 400 | "Row 166 got {Field166} here" |
        | E167 | 400 | "Row 167 got {Field167} here" |
        | E168 | 400 | "Row 168 got {Field168} here" |
        | E169 | 400 | "Row 169 got {Field169} here" |
        | E170 | 400 | "Row 170 got {Field170} here" |
        | E171 | 400 | "Row 171 got {Field171} here" |
        | E172 | 400 | "Row 172 got {Field172} here" |
        | E173 | 400 | "Row 173 got {Field173} here" |
        | E174 | 400 | "Row 174 got {Field174} here" |
        | E175 | 400 | "Row 175 got {Field175} here" |
        | E176 | 400 | "Row 176 got {Field176} here" |
        | E177 | 400 | "Row 177 got {Field177} here" |
        | E178 | 400 | "Row 178 got {Field178} here" |
        | E179 | 400 | "Row 179 got {Field179} here" |
        | E180 | 400 | "Row 180 got {Field180} here" |
        | E181 | 400 | "Row 181 got {Field181} here" |
        | E182 | 400 | "Row 182 got {Field182} here" |
        | E183 | 400 | "Row 183 got {Field183} here" |
        | E184 | 400 | "Row 184 got {Field184} here" |
        | E185 | 400 | "Row 185 got {Field185} here" |
        | E186 | 400 | "Row 186 got {Field186} here" |
        | E187 | 400 | "Row 187 got {Field187} here" |
        | E188 | 400 | "Row 188 got {Field188} here" |
        | E189 | 400 | "Row 189 got {Field189} here" |
        | E190 | 400 | "Row 190 got {Field190} here" |
        | E191 | 400 | "Row 191 got {Field191} here" |
        | E192 | 400 | "Row 192 got {Field192} here" |
        | E193 | 400 | "Row 193 got {Field193} here" |
        | E194 | 400 | "Row 194 got {Field194} here" |
        | E195 | 400 | "Row 195 got {Field195} here" |
        | E196 | 400 | "Row 196 got {Field196} here" |
        | E197 | 400 | "Row 197 got {Field197} here" |
        | E198 | 400 | "Row 198 got {Field198} here" |
        | E199 | 400 | "Row 199 got {Field199} here" |
        | E200 | 400 | "Row 200 got {Field200} here" |
        | E201 | 400 | "Row 201 got {Field201} here" |
        | E202 | 400 | "Row 202 got {Field202} here" |
        | E203 | 400 | "Row 203 got {Field203} here" |
        | E204 | 400 | "Row 204 got {Field204} here" |
        | E205 | 400 | "Row 205 got {Field205} here" |
        | E206 | 400 | "Row 206 got {Field206} here" |
        | E207 | 400 | "Row 207 got {Field207} here" |
        | E208 | 400 | "Row 208 got {Field208} here" |
        | E209 | 400 | "Row 209 got {Field209} here" |
        | E210 | 400 | "Row 210 got {Field210} here" |
        | E211 | 400 | "Row 211 got {Field211} here" |
        | E212 | 400 | "Row 212 got {Field212} here" |
        | E213 | 400 | "Row 213 got {Field213} here" |
        | E214 | 400 | "Row 214 got {Field214} here" |
        | E215 | 400 | "Row 215 got {Field215} here" |
        | E216 | 400 | "Row 216 got {Field216} here" |
        | E217 | 400 | "Row 217 got {Field217} here" |
        | E218 | 400 | "Row 218 got {Field218} here" |
        | E219 | 400 | "Row 219 got {Field219} here" |
        | E220 | 400 | "Row 220 got {Field220} here" |
        | E221 | 400 | "Row 221 got {Field221} here" |
        | E222 | 400 | "Row 222 got {Field222} here" |
        | E223 | 400 | "Row 223 got {Field223} here" |
        | E224 | 400 | "Row 224 got {Field224} here" |
        | E225 | 400 | "Row 225 got {Field225} here" |
        | E226 | 400 | "Row 226 got {Field226} here" |
        | E227 | 400 | "Row 227 got {Field227} here" |
        | E228 | 400 | "Row 228 got {Field228} here" |
        | E229 | 400 | "Row 229 got {Field229} here" |
        | E230 | 400 | "Row 230 got {Field230} here" |
        | E231 | 400 | "Row 231 got {Field231} here" |
        | E232 | 400 | "Row 232 got {Field232} here" |
        | E233 | 400 | "Row 233 got {Field233} here" |
        | E234 | 400 | "Row 234 got {Field234} here" |
        | E235 | 400 | "Row 235 got {Field235} here" |
        | E236 | 400 | "Row 236 got {Field236} here" |
        | E237 | 400 | "Row 237 got {Field237} here" |
        | E238 | 400 | "Row 238 got {Field238} here" |
        | E239 | 400 | "Row 239 got {Field239} here" |
        | E240 | 400 | "Row 240 got {Field240} here" |
        | E241 | 400 | "Row 241 got {Field241} here" |
        | E242 | 400 | "Row 242 got {Field242} here" |
        | E243 | 400 | "Row 243 got {Field243} here" |
        | E244 | 400 | "Row 244 got {Field244} here" |
        | E245 | 400 | "Row 245 got {Field245} here" |
        | E246 | 400 | "Row 246 got {Field246} here" |
        | E247 | 400 | "Row 247 got {Field247} here" |
        | E248 | 400 | "Row 248 got {Field248} here" |
        | E249 | 400 | "Row 249 got {Field249} here" |
        | E250 | 400 | "Row 250 got {Field250} here" |
        | E251 | 400 | "Row 251 got {Field251} here" |
        | E252 | 400 | "Row 252 got {Field252} here" |
        | E253 | 400 | "Row 253 got {Field253} here" |
        | E254 | 400 | "Row 254 got {Field254} here" |
        | E255 | 400 | "Row 255 got {Field255} here" |
        | E256 | 400 | "Row 256 got {Field256} here" |
        | E257 | 400 | "Row 257 got {Field257} here" |
        | E258 | 400 | "Row 258 got {Field258} here" |
        | E259 | 400 | "Row 259 got {Field259} here" |
        | E260 | 400 | "Row 260 got {Field260} here" |
        | E261 | 400 | "Row 261 got {Field261} here" |
        | E262 | 400 | "Row 262 got {Field262} here" |
        | E263 | 400 | "Row 263 got {Field263} here" |
        | E264 | 400 | "Row 264 got {Field264} here" |
        | E265 | 400 | "Row 265 got {Field265} here" |
        | E266 | 400 | "Row 266 got {Field266} here" |
        | E267 | 400 | "Row 267 got {Field267} here" |
        | E268 | 400 | "Row 268 got {Field268} here" |
        | E269 | 400 | "Row 269 got {Field269} here" |
        | E270 | 400 | "Row 270 got {Field270} here" |
        | E271 | 400 | "Row 271 got {Field271} here" |
        | E272 | 400 | "Row 272 got {Field272} here" |
        | E273 | 400 | "Row 273 got {Field273} here" |
        | E274 | 400 | "Row 274 got {Field274} here" |
        | E275 | 400 | "Row 275 got {Field275} here" |
        | E276 | 400 | "Row 276 got {Field276} here" |
        | E277 | 400 | "Row 277 got {Field277} here" |
        | E278 | 400 | "Row 278 got {Field278} here" |
        | E279 | 400 | "Row 279 got {Field279} here" |
        | E280 | 400 | "Row 280 got {Field280} here" |
        | E281 | 400 | "Row 281 got {Field281} here" |
        | E282 | 400 | "Row 282 got {Field282} here" |
        | E283 | 400 | "Row 283 got {Field283} here" |
        | E284 | 400 | "Row 284 got {Field284} here" |
        | E285 | 400 | "Row 285 got {Field285} here" |
        | E286 | 400 | "Row 286 got {Field286} here" |
        | E287 | 400 | "Row 287 got {Field287} here" |
        | E288 | 400 | "Row 288 got {Field288} here" |
        | E289 | 400 | "Row 289 got {Field289} here" |
        | E290 | 400 | "Row 290 got {Field290} here" |
        | E291 | 400 | "Row 291 got {Field291} here" |
        | E292 | 400 | "Row 292 got {Field292} here" |
        | E293 | 400 | "Row 293 got {Field293} here" |
        | E294 | 400 | "Row 294 got {Field294} here" |
        | E295 | 400 | "Row 295 got {Field295} here" |
        | E296 | 400 | "Row 296 got {Field296} here" |
        | E297 | 400 | "Row 297 got {Field297} here" |
        | E298 | 400 | "Row 298 got {Field298} here" |
        | E299 | 400 | "Row 299 got {Field299} here" |
        | Z000 | 503 | "No field" |
        | Z001 | 400 | "Two: {Field0} and {Field1}" |
        }
    }
}

#[test]
fn every_row_reads_back_from_its_own_list_of_fields() {
    assert_eq!(ListsCode::ALL.len(), 302);
    for &code in ListsCode::ALL {
        let row = code.row();
        let texts: Vec<String> = (0..row.fields.len()).map(|i| format!("v{i}")).collect();
        let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
        let error = Lists::from_fields(code, &texts).unwrap();
        assert_eq!(error.code(), code);
        let expected = match row.fields.len() {
            0 => row.message.text.to_owned(),
            1 => row
                .message
                .text
                .replace(&format!("{{{}}}", row.fields[0].placeholder), "v0"),
            _ => "Two: v0 and v1".to_owned(),
        };
        assert_eq!(error.to_string(), expected, "{code:?}");
        // A wrong number of fields is an error, not another row's variant.
        let too_many: Vec<&str> = texts.iter().copied().chain(["extra"]).collect();
        assert!(Lists::from_fields(code, &too_many).is_err());
    }
}
