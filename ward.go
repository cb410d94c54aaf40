package wardgraph

import (
	_ "embed"
	"encoding/json"
	"strings"
	"sync"
)

// Municipality is a city with wards, identified by its 全国地方公共団体コード.
type Municipality struct {
	ID         string `json:"id,omitempty"`
	Code       string `json:"code"`
	Name       string `json:"name"`
	NameRomaji string `json:"nameRomaji"`
	Slug       string `json:"slug,omitempty"`
}

// Ward is one ward (区) of a municipality. A ward is identified by city and
// ward together, never by its name alone: other cities have a 西区 too.
type Ward struct {
	ID         string `json:"id,omitempty"`
	Code       string `json:"code"`
	Name       string `json:"name"`
	NameRomaji string `json:"nameRomaji"`
	CityCode   string `json:"cityCode,omitempty"`
}

// Slug is the ward's lower-case romaji name used in ids, e.g. "nishi".
func (w Ward) Slug() string { return strings.ToLower(w.NameRomaji) }

// Label names the ward in messages, e.g. 西区 (Nishi).
func (w Ward) Label() string { return w.Name + " (" + w.NameRomaji + ")" }

//go:embed data/wards.json
var wardsJSON []byte

type gazetteerFile struct {
	Municipalities []struct {
		Municipality
		Wards []Ward `json:"wards"`
	} `json:"municipalities"`
}

var (
	registryOnce sync.Once
	cities       []Municipality
	wards        []Ward
)

func loadRegistry() {
	var f gazetteerFile
	if err := json.Unmarshal(wardsJSON, &f); err != nil {
		panic("wardgraph: data/wards.json: " + err.Error())
	}
	for _, m := range f.Municipalities {
		city := m.Municipality
		city.ID = MunicipalityID(city.Slug)
		cities = append(cities, city)
		for _, w := range m.Wards {
			w.CityCode = city.Code
			w.ID = WardID(city.Slug, w.Slug())
			wards = append(wards, w)
		}
	}
}

// KnownWards returns every ward in the bundled registry (data/wards.json),
// in code order.
func KnownWards() []Ward {
	registryOnce.Do(loadRegistry)
	return append([]Ward(nil), wards...)
}

// KnownMunicipalities returns every city in the bundled registry.
func KnownMunicipalities() []Municipality {
	registryOnce.Do(loadRegistry)
	return append([]Municipality(nil), cities...)
}

// MunicipalityByCode returns the city with the given code.
func MunicipalityByCode(code string) (Municipality, bool) {
	registryOnce.Do(loadRegistry)
	for _, m := range cities {
		if m.Code == code {
			return m, true
		}
	}
	return Municipality{}, false
}

// LookupWard finds a ward by any of the keys users type: its Japanese name
// (西区, or 西 without 区), its romaji in any case (Nishi, nishi), its code
// (27106) or its id (osaka/nishi). Japanese names are ambiguous across
// cities; the registry holds Osaka only, so the first match wins.
func LookupWard(key string) (Ward, bool) {
	k := strings.TrimSpace(key)
	if k == "" {
		return Ward{}, false
	}
	registryOnce.Do(loadRegistry)
	for _, w := range wards {
		if k == w.Name || k+"区" == w.Name || k == w.Code || k == w.ID ||
			strings.EqualFold(k, w.NameRomaji) || strings.EqualFold(k, w.NameRomaji+"-ku") {
			return w, true
		}
	}
	return Ward{}, false
}

// FindWard is LookupWard for a name a user gave: an unknown name is
// ENOTFOUND naming it and the forms a ward can be given in.
func FindWard(name string) (Ward, error) {
	w, ok := LookupWard(name)
	if !ok {
		return w, Errorf(ENOTFOUND, "unknown ward %q (give a name such as 西区 or Nishi, a code such as 27106, or an id such as osaka/nishi)", name)
	}
	return w, nil
}

// FindWards finds several wards, failing on the first unknown one.
func FindWards(names []string) ([]Ward, error) {
	out := make([]Ward, len(names))
	for i, n := range names {
		w, err := FindWard(n)
		if err != nil {
			return nil, err
		}
		out[i] = w
	}
	return out, nil
}

// WardByID returns the registry's ward with exactly this id.
func WardByID(id string) (Ward, bool) {
	w, ok := LookupWard(id)
	return w, ok && w.ID == id
}

// Wards are the city's wards in the bundled registry, in code order.
func (m Municipality) Wards() []Ward {
	registryOnce.Do(loadRegistry)
	out := []Ward{}
	for _, w := range wards {
		if w.CityCode == m.Code {
			out = append(out, w)
		}
	}
	return out
}

// City is the ward's city in the bundled registry; an INTERNAL error for a
// ward whose city the registry lacks.
func (w Ward) City() (Municipality, error) {
	m, ok := MunicipalityByCode(w.CityCode)
	if !ok {
		return Municipality{}, Errorf(EINTERNAL, "ward %s has no city in the registry", w.ID)
	}
	return m, nil
}
