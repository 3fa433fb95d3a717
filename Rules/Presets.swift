/// The built-in presets, embedded at build time from the YAML files beside this one.
public enum BuiltinPresets {
  /// Preset names in the order they are documented.
  public static let names = ["default", "strict", "minimal"]

  /// The YAML text of the preset called `name`, or nil when there is none.
  public static func yaml(named name: String) -> String? {
    switch name {
    case "default": String(decoding: PackageResources.default_yml, as: UTF8.self)
    case "strict": String(decoding: PackageResources.strict_yml, as: UTF8.self)
    case "minimal": String(decoding: PackageResources.minimal_yml, as: UTF8.self)
    default: nil
    }
  }
}
